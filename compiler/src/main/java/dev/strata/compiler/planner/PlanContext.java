package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diff.TableRenames;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.sql.Ddl;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The state of one planning run, shared by the parts of the planner. */
final class PlanContext {

    final PlanRequest request;
    final Model from;
    final Model to;
    final String core;
    final Ddl ddl;
    final TableRenames renames;
    final Uses oldUses;
    final Uses newUses;
    final Diagnostics diagnostics = new Diagnostics();
    final List<Draft> drafts = new ArrayList<>();
    /** Tables this plan creates: their indexes are built inside the transaction, nothing on them is locked. */
    final Set<String> newTables = new HashSet<>();
    /** Tables this plan drops: sequences they own go with them. */
    final Set<String> droppedTables = new HashSet<>();
    /** Tables that a foreign key added by this plan references: their new unique indexes stay transactional. */
    final Set<String> referencedByNewKeys = new HashSet<>();
    /** Views, routines, triggers and policies the diff already drops, alters or recreates, by key. */
    final Set<String> handled = new HashSet<>();
    boolean dataLossAccepted;

    final TypeSteps types;
    final CollationSteps collations;
    final TableSteps tables;
    final ColumnSteps columns;
    final ConstraintSteps constraints;
    final ObjectSteps objects;
    final PolicySteps policies;
    final StorageSteps storage;
    final DependentRebuilds rebuilds;
    final ExpandContract online;

    PlanContext(PlanRequest request) {
        this.request = request;
        this.from = Expansions.apply(NotNullImplied.apply(request.from()), request.coreSchema());
        this.to = Expansions.apply(NotNullImplied.apply(request.to()), request.coreSchema());
        this.core = request.coreSchema();
        var collations = new HashSet<String>();
        from.core().collations().forEach(c -> collations.add(c.name()));
        to.core().collations().forEach(c -> collations.add(c.name()));
        this.ddl = new Ddl(core, collations);
        this.renames = TableRenames.of(from, to);
        this.oldUses = new Uses(from);
        this.newUses = new Uses(to);
        this.types = new TypeSteps(this);
        this.collations = new CollationSteps(this);
        this.tables = new TableSteps(this);
        this.columns = new ColumnSteps(this);
        this.constraints = new ConstraintSteps(this);
        this.objects = new ObjectSteps(this);
        this.policies = new PolicySteps(this);
        this.storage = new StorageSteps(this);
        this.rebuilds = new DependentRebuilds(this);
        this.online = new ExpandContract(this);
    }
}
