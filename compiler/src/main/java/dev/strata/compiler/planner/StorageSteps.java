package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Change.SetIndexStorage;
import dev.strata.compiler.diff.Change.SetTableStorage;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.sql.StorageParameters;
import dev.strata.plan.LockLevel;
import java.util.List;
import java.util.stream.Stream;

/**
 * Storage parameters of an existing table or index set and reset in place ({@code ALTER … SET (…)}, {@code RESET
 * (…)}); the reverse puts the old values back. Nothing is rewritten: a new fillfactor applies to pages written
 * later. The lock is the strongest any parameter of the statement needs ({@link StorageParameters}).
 */
final class StorageSteps extends PlanPart {

    StorageSteps(PlanContext ctx) {
        super(ctx);
    }

    void setTableStorage(SetTableStorage c) {
        var d = add(c.kind(), targetTable(c.table()), obj(c.table()), ALTER_COLUMNS,
                ddl.alterStorage(false, c.table(), c.from(), c.to()),
                ddl.alterStorage(false, c.table(), c.to(), c.from()));
        d.newUses.add(Keys.table(c.table()));
        d.lock(lock(c.from(), c.to()));
    }

    void setIndexStorage(SetIndexStorage c) {
        var d = add(c.kind(), targetIndex(c.table(), c.name()), obj(c.name()), ADD_INDEXES,
                ddl.alterStorage(true, c.name(), c.from(), c.to()), ddl.alterStorage(true, c.name(), c.to(), c.from()));
        d.newUses.add(Keys.table(c.table()));
        d.newUses.add(Keys.constraint(c.name()));
        d.lock(lock(c.from(), c.to()));
    }

    /** The lock PostgreSQL takes for the statement: the strongest any parameter it resets or sets needs. */
    private static LockLevel lock(List<StorageParameter> from, List<StorageParameter> to) {
        var names = Stream.concat(from.stream(), to.stream()).map(StorageParameter::name).toList();
        return StorageParameters.shareUpdateExclusive(names) ? LockLevel.SHARE_UPDATE_EXCLUSIVE
                : LockLevel.ACCESS_EXCLUSIVE;
    }
}
