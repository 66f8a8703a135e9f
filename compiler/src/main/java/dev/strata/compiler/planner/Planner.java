package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.Change.AddCheck;
import dev.strata.compiler.diff.Change.AddColumn;
import dev.strata.compiler.diff.Change.AddDomain;
import dev.strata.compiler.diff.Change.AddCollation;
import dev.strata.compiler.diff.Change.AddEnum;
import dev.strata.compiler.diff.Change.AddEnumValue;
import dev.strata.compiler.diff.Change.AddExtension;
import dev.strata.compiler.diff.Change.AddFacade;
import dev.strata.compiler.diff.Change.AddForeignKey;
import dev.strata.compiler.diff.Change.AddGrant;
import dev.strata.compiler.diff.Change.AddIdentity;
import dev.strata.compiler.diff.Change.AddIndex;
import dev.strata.compiler.diff.Change.AddPolicy;
import dev.strata.compiler.diff.Change.AddPrimaryKey;
import dev.strata.compiler.diff.Change.AddRoutine;
import dev.strata.compiler.diff.Change.AddSequence;
import dev.strata.compiler.diff.Change.AddTable;
import dev.strata.compiler.diff.Change.AddTrigger;
import dev.strata.compiler.diff.Change.AddExclusion;
import dev.strata.compiler.diff.Change.AddUnique;
import dev.strata.compiler.diff.Change.AddView;
import dev.strata.compiler.diff.Change.AlterRoutineOptions;
import dev.strata.compiler.diff.Change.AlterColumnType;
import dev.strata.compiler.diff.Change.AlterDomain;
import dev.strata.compiler.diff.Change.AlterPolicy;
import dev.strata.compiler.diff.Change.AlterSequence;
import dev.strata.compiler.diff.Change.ChangeInheritance;
import dev.strata.compiler.diff.Change.ChangePartitioning;
import dev.strata.compiler.diff.Change.DropCheck;
import dev.strata.compiler.diff.Change.DropColumn;
import dev.strata.compiler.diff.Change.DropExpression;
import dev.strata.compiler.diff.Change.DropDefault;
import dev.strata.compiler.diff.Change.DropDomain;
import dev.strata.compiler.diff.Change.DropCollation;
import dev.strata.compiler.diff.Change.DropEnum;
import dev.strata.compiler.diff.Change.DropExtension;
import dev.strata.compiler.diff.Change.DropForeignKey;
import dev.strata.compiler.diff.Change.DropIdentity;
import dev.strata.compiler.diff.Change.DropIndex;
import dev.strata.compiler.diff.Change.DropNotNull;
import dev.strata.compiler.diff.Change.DropPolicy;
import dev.strata.compiler.diff.Change.DropPrimaryKey;
import dev.strata.compiler.diff.Change.DropRoutine;
import dev.strata.compiler.diff.Change.DropSequence;
import dev.strata.compiler.diff.Change.DropTable;
import dev.strata.compiler.diff.Change.DropTrigger;
import dev.strata.compiler.diff.Change.DropExclusion;
import dev.strata.compiler.diff.Change.DropUnique;
import dev.strata.compiler.diff.Change.DropView;
import dev.strata.compiler.diff.Change.EnsureRole;
import dev.strata.compiler.diff.Change.RecreateDomain;
import dev.strata.compiler.diff.Change.RecreateCollation;
import dev.strata.compiler.diff.Change.RecreateEnum;
import dev.strata.compiler.diff.Change.RenameColumn;
import dev.strata.compiler.diff.Change.RenameConstraint;
import dev.strata.compiler.diff.Change.RenameIndex;
import dev.strata.compiler.diff.Change.RenameTable;
import dev.strata.compiler.diff.Change.SetPartitionBound;
import dev.strata.compiler.diff.Change.ReplaceRoutine;
import dev.strata.compiler.diff.Change.ReplaceView;
import dev.strata.compiler.diff.Change.RetireFacade;
import dev.strata.compiler.diff.Change.RevokeGrant;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.diff.Change.SetDefault;
import dev.strata.compiler.diff.Change.SetIdentity;
import dev.strata.compiler.diff.Change.SetIdentityOptions;
import dev.strata.compiler.diff.Change.SetNotNull;
import dev.strata.compiler.diff.Change.SetIndexStorage;
import dev.strata.compiler.diff.Change.SetRowSecurity;
import dev.strata.compiler.diff.Change.SetTableStorage;
import dev.strata.compiler.diff.Change.ValidateCheck;
import dev.strata.compiler.diff.Change.ValidateForeignKey;
import dev.strata.compiler.diff.SchemaDiff;
import dev.strata.plan.Backup;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns the changes between two models into ordered, reversible steps. One method per change kind, in the parts
 * of the planner ({@link TypeSteps}, {@link TableSteps}, {@link ColumnSteps}, {@link ConstraintSteps},
 * {@link PolicySteps}, {@link ObjectSteps}); a change kind without a method is a bug and fails loudly. Then the
 * dependents of what changes are rebuilt ({@link DependentRebuilds}) and the steps ordered by {@link StepGraph}.
 */
public final class Planner extends PlanPart {

    private Planner(PlanContext ctx) {
        super(ctx);
    }

    public static PlanResult plan(PlanRequest request) {
        return new Planner(new PlanContext(request)).run();
    }

    private PlanResult run() {
        List<Change> changes = SchemaDiff.between(from, to);
        FacadeRules.check(from, to, renames, changes, diagnostics);
        ctx.online.checkExpansions();
        if (request.firstPlan() && !core.equals("public")) {
            ctx.types.coreSchema();
        }
        prepare(changes);
        for (Change change : changes) {
            plan(change);
        }
        ctx.rebuilds.rebuildDependents();
        waitForBackfills();
        EnumValueUse.check(changes, drafts, diagnostics);
        if (diagnostics.hasErrors()) {
            return new PlanResult(changes, List.of(), List.of(), false, List.of(), diagnostics.sorted());
        }
        List<Draft> ordered;
        try {
            StepGraph.keepNeededInside(drafts);
            ordered = StepGraph.order(drafts);
        } catch (StepGraph.Cycle cycle) {
            diagnostics.error(Code.DEPENDENCY_CYCLE, Span.NONE, "the changes depend on each other in a cycle: "
                    + String.join(", ", cycle.steps), "split the change into two plans");
            return new PlanResult(changes, List.of(), List.of(), false, List.of(), diagnostics.sorted());
        }
        var steps = new ArrayList<Step>();
        var facades = new TreeSet<String>();
        for (Draft draft : ordered) {
            steps.add(step(steps.size() + 1, draft));
            facades.addAll(draft.facades);
        }
        List<Integer> back = StepGraph.reverseOrder(ordered);
        List<Integer> rollbackOrder = back == null ? List.of() : back.stream().map(i -> i + 1).toList();
        return new PlanResult(changes, steps, rollbackOrder, ctx.dataLossAccepted, List.copyOf(facades),
                diagnostics.sorted());
    }

    /**
     * The steps that must come before the switch of an online change (dropping a view that reads the column, to
     * build it again after) wait for its backfill too: they join the switch's transaction, so the views are gone for
     * the moment of the switch only, not for the whole backfill.
     */
    private void waitForBackfills() {
        for (Draft sw : drafts) {
            if (sw.afterBackfill == null) {
                continue;
            }
            for (Draft other : drafts) {
                if (other != sw && other.transactional && other.backfill == null
                        && DependentRebuilds.intersects(other.oldUses, sw.modifies)
                        && !other.creates.contains(sw.afterBackfill)) {
                    other.newUses.add(sw.afterBackfill);
                }
            }
        }
    }

    private Step step(int number, Draft d) {
        Backup backup = null;
        String reverse = d.reverseSql;
        if (d.backup != null) {
            var made = d.backup.apply(backupTable(number));
            backup = made.backup();
            reverse = made.reverseSql();
        }
        Backup reverseBackup = d.reverseBackup == null ? null : d.reverseBackup.apply(backupTable(number, "_r"));
        return new Step(number, d.change, d.target, d.object, d.sql, reverse, d.lock, d.rewritesTable, d.scansTable,
                d.transactional, d.risk, backup, reverseBackup, d.irreversible, d.note,
                targets(d.dropsTarget, d.target, d.alsoDrops), targets(d.reverseDropsTarget, d.target, d.alsoReverseDrops),
                d.backfill, d.transactional ? null : d.offlineSql);
    }

    private static List<StepTarget> targets(boolean target, StepTarget of, List<StepTarget> also) {
        var all = new ArrayList<StepTarget>();
        if (target) {
            all.add(of);
        }
        all.addAll(also);
        return all;
    }

    /** {@code <plan id>_<step>}, shortened to fit PostgreSQL's 63 bytes. */
    private String backupTable(int number) {
        return backupTable(number, "");
    }

    /** {@code <plan id>_<step><suffix>} ({@code _r}: taken by a rollback), shortened to fit 63 bytes. */
    private String backupTable(int number, String mark) {
        String suffix = "_" + number + mark;
        String id = request.planId();
        while (id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + suffix.length() > 63) {
            id = id.substring(0, id.length() - 1);
        }
        return id + suffix;
    }

    private void prepare(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof AddTable c) {
                newTables.add(c.table().name());
                c.table().foreignKeys().forEach(fk -> referencedByNewKeys.add(fk.refTable()));
            } else if (change instanceof AddForeignKey c) {
                referencedByNewKeys.add(c.foreignKey().refTable());
            } else if (change instanceof DropView c) {
                handled.add(Keys.view(c.scope(), c.view().name()));
                c.view().triggers().forEach(t -> handled.add(Keys.trigger(c.view().name(), t.name())));
            } else if (change instanceof ReplaceView c) {
                handled.add(Keys.view(c.scope(), c.from().name()));
                c.from().triggers().forEach(t -> handled.add(Keys.trigger(c.from().name(), t.name())));
            } else if (change instanceof DropRoutine c) {
                handled.add(Keys.routine(c.scope(), c.routine().name()) + c.routine().signature());
            } else if (change instanceof ReplaceRoutine c) {
                handled.add(Keys.routine(c.scope(), c.from().name()) + c.from().signature());
            } else if (change instanceof DropTrigger c) {
                handled.add(Keys.trigger(c.table(), c.trigger().name()));
            } else if (change instanceof DropPolicy c) {
                handled.add(Keys.policy(c.table(), c.policy().name()));
            } else if (change instanceof AlterPolicy c) {
                handled.add(Keys.policy(renamedOrSame(c.table()), c.from().name()));
            } else if (change instanceof DropTable c) {
                ctx.droppedTables.add(c.table().name());
                c.table().triggers().forEach(t -> handled.add(Keys.trigger(c.table().name(), t.name())));
                c.table().policies().forEach(p -> handled.add(Keys.policy(c.table().name(), p.name())));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ dispatch

    private void plan(Change change) {
        if (change instanceof AddExtension c) {
            ctx.types.addExtension(c);
        } else if (change instanceof DropExtension c) {
            ctx.types.dropExtension(c);
        } else if (change instanceof AddCollation c) {
            ctx.collations.addCollation(c);
        } else if (change instanceof DropCollation c) {
            ctx.collations.dropCollation(c);
        } else if (change instanceof RecreateCollation c) {
            ctx.collations.recreateCollation(c);
        } else if (change instanceof AddEnum c) {
            ctx.types.addEnum(c);
        } else if (change instanceof DropEnum c) {
            ctx.types.dropEnum(c);
        } else if (change instanceof AddEnumValue c) {
            ctx.types.addEnumValue(c);
        } else if (change instanceof RecreateEnum c) {
            ctx.types.recreateEnum(c);
        } else if (change instanceof AddDomain c) {
            ctx.types.addDomain(c);
        } else if (change instanceof DropDomain c) {
            ctx.types.dropDomain(c);
        } else if (change instanceof AlterDomain c) {
            ctx.types.alterDomain(c);
        } else if (change instanceof RecreateDomain c) {
            ctx.types.recreateDomain(c);
        } else if (change instanceof AddSequence c) {
            ctx.types.addSequence(c);
        } else if (change instanceof DropSequence c) {
            ctx.types.dropSequence(c);
        } else if (change instanceof AlterSequence c) {
            ctx.types.alterSequence(c);
        } else if (change instanceof AddTable c) {
            ctx.tables.addTable(c);
        } else if (change instanceof DropTable c) {
            ctx.tables.dropTable(c);
        } else if (change instanceof RenameTable c) {
            ctx.tables.renameTable(c);
        } else if (change instanceof SetPartitionBound c) {
            ctx.tables.setPartitionBound(c);
        } else if (change instanceof ChangePartitioning c) {
            ctx.tables.changePartitioning(c);
        } else if (change instanceof ChangeInheritance c) {
            ctx.tables.changeInheritance(c);
        } else if (change instanceof AddColumn c) {
            ctx.columns.addColumn(c);
        } else if (change instanceof DropColumn c) {
            ctx.columns.dropColumn(c);
        } else if (change instanceof DropExpression c) {
            ctx.columns.dropExpression(c);
        } else if (change instanceof RenameColumn c) {
            ctx.columns.renameColumn(c);
        } else if (change instanceof AlterColumnType c) {
            ctx.columns.alterColumnType(c);
        } else if (change instanceof SetDefault c) {
            ctx.columns.setDefault(c);
        } else if (change instanceof DropDefault c) {
            ctx.columns.dropDefault(c);
        } else if (change instanceof SetNotNull c) {
            ctx.columns.setNotNull(c);
        } else if (change instanceof DropNotNull c) {
            ctx.columns.dropNotNull(c);
        } else if (change instanceof AddIdentity c) {
            ctx.columns.addIdentity(c);
        } else if (change instanceof DropIdentity c) {
            ctx.columns.dropIdentity(c);
        } else if (change instanceof SetIdentity c) {
            ctx.columns.setIdentity(c);
        } else if (change instanceof SetIdentityOptions c) {
            ctx.columns.setIdentityOptions(c);
        } else if (change instanceof AddPrimaryKey c) {
            ctx.constraints.addPrimaryKey(c);
        } else if (change instanceof DropPrimaryKey c) {
            ctx.constraints.dropPrimaryKey(c);
        } else if (change instanceof AddUnique c) {
            ctx.constraints.addUnique(c);
        } else if (change instanceof DropUnique c) {
            ctx.constraints.dropUnique(c);
        } else if (change instanceof AddExclusion c) {
            ctx.constraints.addExclusion(c);
        } else if (change instanceof DropExclusion c) {
            ctx.constraints.dropExclusion(c);
        } else if (change instanceof AddCheck c) {
            ctx.constraints.addCheck(c);
        } else if (change instanceof DropCheck c) {
            ctx.constraints.dropCheck(c);
        } else if (change instanceof AddForeignKey c) {
            ctx.constraints.addForeignKey(c.table(), c.foreignKey(), c.name());
        } else if (change instanceof DropForeignKey c) {
            ctx.constraints.dropForeignKey(c.table(), c.foreignKey(), c.name());
        } else if (change instanceof RenameConstraint c) {
            ctx.constraints.renameConstraint(c);
        } else if (change instanceof ValidateCheck c) {
            ctx.constraints.validateCheck(c);
        } else if (change instanceof ValidateForeignKey c) {
            ctx.constraints.validateForeignKey(c);
        } else if (change instanceof AddIndex c) {
            ctx.constraints.addIndex(c.table(), c.index(), c.name(), !newTables.contains(c.table()));
        } else if (change instanceof DropIndex c) {
            ctx.constraints.dropIndex(c);
        } else if (change instanceof RenameIndex c) {
            ctx.constraints.renameIndex(c);
        } else if (change instanceof SetIndexStorage c) {
            ctx.storage.setIndexStorage(c);
        } else if (change instanceof SetTableStorage c) {
            ctx.storage.setTableStorage(c);
        } else if (change instanceof AddTrigger c) {
            ctx.constraints.addTrigger(c.table(), c.trigger());
        } else if (change instanceof DropTrigger c) {
            ctx.constraints.dropTrigger(c.table(), c.trigger());
        } else if (change instanceof SetRowSecurity c) {
            ctx.policies.setRowSecurity(c.table(), c.setting(), c.on());
        } else if (change instanceof AddPolicy c) {
            ctx.policies.addPolicy(c.table(), c.policy());
        } else if (change instanceof DropPolicy c) {
            ctx.policies.dropPolicy(c.table(), c.policy());
        } else if (change instanceof AlterPolicy c) {
            ctx.policies.alterPolicy(c);
        } else if (change instanceof SetComment c) {
            ctx.objects.setComment(c);
        } else if (change instanceof AddView c) {
            ctx.objects.createView(c.scope(), c.view(), "add view");
        } else if (change instanceof DropView c) {
            ctx.objects.dropView(c.scope(), c.view(), "drop view");
        } else if (change instanceof ReplaceView c) {
            ctx.objects.dropView(c.scope(), c.from(), "replace view");
            ctx.objects.createView(c.scope(), c.to(), "replace view");
        } else if (change instanceof AddRoutine c) {
            ctx.objects.createRoutine(c.scope(), c.routine(), c.kind());
        } else if (change instanceof DropRoutine c) {
            ctx.objects.dropRoutine(c.scope(), c.routine(), c.kind());
        } else if (change instanceof ReplaceRoutine c) {
            ctx.objects.replaceRoutine(c);
        } else if (change instanceof AlterRoutineOptions c) {
            ctx.objects.alterRoutineOptions(c);
        } else if (change instanceof AddFacade c) {
            ctx.objects.addFacade(c);
        } else if (change instanceof RetireFacade c) {
            ctx.objects.retireFacade(c);
        } else if (change instanceof EnsureRole c) {
            ctx.objects.ensureRole(c);
        } else if (change instanceof AddGrant c) {
            ctx.objects.grant(c.scope(), c.grant(), true);
        } else if (change instanceof RevokeGrant c) {
            ctx.objects.grant(c.scope(), c.grant(), false);
        } else {
            throw new IllegalStateException("the planner has no method for change " + change.kind());
        }
    }
}
