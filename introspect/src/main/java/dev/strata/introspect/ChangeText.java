package dev.strata.introspect;

import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.Change.AddCheck;
import dev.strata.compiler.diff.Change.AddColumn;
import dev.strata.compiler.diff.Change.AddDomain;
import dev.strata.compiler.diff.Change.AddEnum;
import dev.strata.compiler.diff.Change.AddEnumValue;
import dev.strata.compiler.diff.Change.AddExtension;
import dev.strata.compiler.diff.Change.AddFacade;
import dev.strata.compiler.diff.Change.AddForeignKey;
import dev.strata.compiler.diff.Change.AddGrant;
import dev.strata.compiler.diff.Change.AddIdentity;
import dev.strata.compiler.diff.Change.AddIndex;
import dev.strata.compiler.diff.Change.AddPrimaryKey;
import dev.strata.compiler.diff.Change.AddRoutine;
import dev.strata.compiler.diff.Change.AddSequence;
import dev.strata.compiler.diff.Change.AddTable;
import dev.strata.compiler.diff.Change.AddTrigger;
import dev.strata.compiler.diff.Change.AddUnique;
import dev.strata.compiler.diff.Change.AddView;
import dev.strata.compiler.diff.Change.AlterColumnType;
import dev.strata.compiler.diff.Change.AlterDomain;
import dev.strata.compiler.diff.Change.AlterSequence;
import dev.strata.compiler.diff.Change.DropCheck;
import dev.strata.compiler.diff.Change.DropColumn;
import dev.strata.compiler.diff.Change.DropDefault;
import dev.strata.compiler.diff.Change.DropDomain;
import dev.strata.compiler.diff.Change.DropEnum;
import dev.strata.compiler.diff.Change.DropExtension;
import dev.strata.compiler.diff.Change.DropForeignKey;
import dev.strata.compiler.diff.Change.DropIdentity;
import dev.strata.compiler.diff.Change.DropIndex;
import dev.strata.compiler.diff.Change.DropNotNull;
import dev.strata.compiler.diff.Change.DropPrimaryKey;
import dev.strata.compiler.diff.Change.DropRoutine;
import dev.strata.compiler.diff.Change.DropSequence;
import dev.strata.compiler.diff.Change.DropTable;
import dev.strata.compiler.diff.Change.DropTrigger;
import dev.strata.compiler.diff.Change.DropUnique;
import dev.strata.compiler.diff.Change.DropView;
import dev.strata.compiler.diff.Change.EnsureRole;
import dev.strata.compiler.diff.Change.RecreateDomain;
import dev.strata.compiler.diff.Change.RecreateEnum;
import dev.strata.compiler.diff.Change.RenameColumn;
import dev.strata.compiler.diff.Change.RenameConstraint;
import dev.strata.compiler.diff.Change.RenameIndex;
import dev.strata.compiler.diff.Change.RenameTable;
import dev.strata.compiler.diff.Change.ReplaceRoutine;
import dev.strata.compiler.diff.Change.ReplaceView;
import dev.strata.compiler.diff.Change.RetireFacade;
import dev.strata.compiler.diff.Change.RevokeGrant;
import dev.strata.compiler.diff.Change.SetComment;
import dev.strata.compiler.diff.Change.SetDefault;
import dev.strata.compiler.diff.Change.SetIdentity;
import dev.strata.compiler.diff.Change.SetNotNull;
import dev.strata.compiler.diff.CommentTarget;
import dev.strata.compiler.diff.GrantEntry;
import dev.strata.compiler.diff.Scope;
import dev.strata.compiler.model.TypeNames;
import java.util.List;

/**
 * A change between two schemas in words, for people: what kind of change, the object it touches
 * ({@code customer.email}, {@code shop_api v2 view customers}), and for changes of a value what it was and becomes.
 */
public final class ChangeText {

    private ChangeText() {
    }

    /** {@code kind object} or {@code kind object: detail}. */
    public static String describe(Change change) {
        String detail = detail(change);
        return change.kind() + " " + object(change) + (detail == null ? "" : ": " + detail);
    }

    public static List<String> describeAll(List<Change> changes) {
        return changes.stream().map(ChangeText::describe).toList();
    }

    /** The object a change touches, as {@code table.column}, {@code table.constraint}, {@code scope name}. */
    public static String object(Change change) {
        String byTable = tableObject(change);
        if (byTable != null) {
            return byTable;
        }
        String byType = typeObject(change);
        if (byType != null) {
            return byType;
        }
        return facadeObject(change);
    }

    private static String tableObject(Change c) {
        if (c instanceof AddTable x) {
            return x.table().name();
        } else if (c instanceof DropTable x) {
            return x.table().name();
        } else if (c instanceof RenameTable x) {
            return x.from().name() + " → " + x.to().name();
        } else if (c instanceof AddColumn x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof DropColumn x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof RenameColumn x) {
            return x.table() + "." + x.from() + " → " + x.to();
        } else if (c instanceof AlterColumnType x) {
            return x.table() + "." + x.to().name();
        } else if (c instanceof SetDefault x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof DropDefault x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof SetNotNull x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof DropNotNull x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof AddIdentity x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof DropIdentity x) {
            return x.table() + "." + x.column().name();
        } else if (c instanceof SetIdentity x) {
            return x.table() + "." + x.to().name();
        } else if (c instanceof AddPrimaryKey x) {
            return x.table() + "." + x.name();
        } else if (c instanceof DropPrimaryKey x) {
            return x.table() + "." + x.name();
        } else if (c instanceof AddUnique x) {
            return x.table() + "." + x.name();
        } else if (c instanceof DropUnique x) {
            return x.table() + "." + x.name();
        } else if (c instanceof AddCheck x) {
            return x.table() + "." + x.name();
        } else if (c instanceof DropCheck x) {
            return x.table() + "." + x.name();
        } else if (c instanceof AddForeignKey x) {
            return x.table() + "." + x.name();
        } else if (c instanceof DropForeignKey x) {
            return x.table() + "." + x.name();
        } else if (c instanceof RenameConstraint x) {
            return x.table() + "." + x.from() + " → " + x.to();
        } else if (c instanceof AddIndex x) {
            return x.table() + "." + x.name();
        } else if (c instanceof DropIndex x) {
            return x.table() + "." + x.name();
        } else if (c instanceof RenameIndex x) {
            return x.table() + "." + x.from() + " → " + x.to();
        } else if (c instanceof AddTrigger x) {
            return x.table() + "." + x.trigger().name();
        } else if (c instanceof DropTrigger x) {
            return x.table() + "." + x.trigger().name();
        }
        return null;
    }

    private static String typeObject(Change c) {
        if (c instanceof AddExtension x) {
            return x.extension().name();
        } else if (c instanceof DropExtension x) {
            return x.extension().name();
        } else if (c instanceof AddEnum x) {
            return x.type().name();
        } else if (c instanceof DropEnum x) {
            return x.type().name();
        } else if (c instanceof AddEnumValue x) {
            return x.to().name() + " '" + x.label() + "'";
        } else if (c instanceof RecreateEnum x) {
            return x.to().name();
        } else if (c instanceof AddDomain x) {
            return x.domain().name();
        } else if (c instanceof DropDomain x) {
            return x.domain().name();
        } else if (c instanceof AlterDomain x) {
            return x.to().name();
        } else if (c instanceof RecreateDomain x) {
            return x.to().name();
        } else if (c instanceof AddSequence x) {
            return x.sequence().name();
        } else if (c instanceof DropSequence x) {
            return x.sequence().name();
        } else if (c instanceof AlterSequence x) {
            return x.to().name();
        }
        return null;
    }

    private static String facadeObject(Change c) {
        if (c instanceof AddView x) {
            return scoped(x.scope(), x.view().name());
        } else if (c instanceof DropView x) {
            return scoped(x.scope(), x.view().name());
        } else if (c instanceof ReplaceView x) {
            return scoped(x.scope(), x.to().name());
        } else if (c instanceof AddRoutine x) {
            return scoped(x.scope(), x.routine().signature());
        } else if (c instanceof DropRoutine x) {
            return scoped(x.scope(), x.routine().signature());
        } else if (c instanceof ReplaceRoutine x) {
            return scoped(x.scope(), x.to().signature());
        } else if (c instanceof AddFacade x) {
            return x.facade().label();
        } else if (c instanceof RetireFacade x) {
            return x.facade().label();
        } else if (c instanceof EnsureRole x) {
            return x.role();
        } else if (c instanceof AddGrant x) {
            return grant(x.scope(), x.grant());
        } else if (c instanceof RevokeGrant x) {
            return grant(x.scope(), x.grant());
        } else if (c instanceof SetComment x) {
            return comment(x.target());
        }
        return c.toString();
    }

    private static String scoped(Scope scope, String name) {
        return scope.isCore() ? name : scope.label() + " " + name;
    }

    private static String grant(Scope scope, GrantEntry grant) {
        String on = grant.onSchema() ? "schema " + scope.label() : scoped(scope, grant.object());
        return grant.privilege().toLowerCase(java.util.Locale.ROOT) + " on " + on + " to " + grant.role();
    }

    private static String comment(CommentTarget target) {
        String name = target.column() == null ? target.name() : target.name() + "." + target.column();
        return target.kind().sql().toLowerCase(java.util.Locale.ROOT) + " " + scoped(target.scope(), name);
    }

    /** What a changed value was and becomes, for the changes that have one. */
    private static String detail(Change c) {
        if (c instanceof AlterColumnType x) {
            return TypeNames.canonical(x.from().type()) + " → " + TypeNames.canonical(x.to().type());
        } else if (c instanceof SetDefault x) {
            return (x.previous() == null ? "none" : x.previous()) + " → " + x.column().defaultExpr();
        } else if (c instanceof DropDefault x) {
            return "was " + x.column().defaultExpr();
        } else if (c instanceof SetComment x) {
            return (x.from() == null ? "none" : "'" + x.from() + "'") + " → "
                    + (x.to() == null ? "none" : "'" + x.to() + "'");
        } else if (c instanceof AddEnumValue x) {
            return x.before() != null ? "before '" + x.before() + "'" : "after '" + x.after() + "'";
        } else if (c instanceof RecreateEnum x) {
            return x.from().labels() + " → " + x.to().labels();
        }
        return null;
    }
}
