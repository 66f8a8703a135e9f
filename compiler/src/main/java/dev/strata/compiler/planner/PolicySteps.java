package dev.strata.compiler.planner;

import dev.strata.compiler.diff.Change.AlterPolicy;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Table;
import dev.strata.plan.LockLevel;
import dev.strata.plan.StepTarget;

/**
 * Steps for row level security: switching it on or off (and forcing it on the owner), and creating, altering
 * and dropping policies. Each takes ACCESS EXCLUSIVE on an existing table, as PostgreSQL does.
 */
final class PolicySteps extends PlanPart {

    PolicySteps(PlanContext ctx) {
        super(ctx);
    }

    /** Switched on after the table and its policies exist, off before anything of the table is dropped. */
    void setRowSecurity(String table, RowSecurity.Setting setting, boolean on) {
        String sql = ddl.setRowSecurity(table, setting, on);
        String reverse = ddl.setRowSecurity(table, setting, !on);
        String change = new dev.strata.compiler.diff.Change.SetRowSecurity(table, setting, on).kind();
        var d = add(change, targetTable(table), obj(table), on ? ROW_SECURITY_ON : ROW_SECURITY_OFF, sql, reverse);
        if (on) {
            d.newUses.add(Keys.table(table));
        } else {
            d.oldUses.add(Keys.table(table));
        }
        lockExisting(d, table);
    }

    void addPolicy(String table, Policy policy) {
        var d = add("add policy", target(table, policy), obj(table) + "." + policy.name(), ADD_POLICIES,
                ddl.createPolicy(table, policy), ddl.dropPolicy(table, policy.name()));
        d.newUses.addAll(newUses.policy(table, policy));
        d.creates.add(Keys.policy(table, policy.name()));
        d.creating();
        lockExisting(d, table);
    }

    void dropPolicy(String table, Policy policy) {
        var d = add("drop policy", target(table, policy), obj(table) + "." + policy.name(), DROP_POLICIES,
                ddl.dropPolicy(table, policy.name()), ddl.createPolicy(table, policy));
        d.oldUses.addAll(oldUses.policy(table, policy));
        d.drops.add(Keys.policy(table, policy.name()));
        d.dropping();
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    /** Roles and expressions set in place; the reverse sets them back. */
    void alterPolicy(AlterPolicy c) {
        var d = add(c.kind(), target(c.table(), c.to()), obj(c.table()) + "." + c.to().name(), ADD_POLICIES,
                ddl.alterPolicy(c.table(), c.to()), ddl.alterPolicy(c.table(), c.from()));
        d.newUses.addAll(newUses.policy(c.table(), c.to()));
        d.modifies.add(Keys.policy(c.table(), c.to().name()));
        d.lock(LockLevel.ACCESS_EXCLUSIVE);
    }

    /** A created table gets its row level security and policies after the CREATE TABLE. */
    void addTable(Table t) {
        t.rowSecurity().forEach(r -> setRowSecurity(t.name(), r.setting(), true));
        t.policies().forEach(p -> addPolicy(t.name(), p));
    }

    /**
     * A dropped table loses its policies and row level security in steps of their own before the DROP TABLE, so
     * that a rollback, which creates the bare table again from its backup, puts them back too.
     */
    void dropTable(Table t) {
        t.policies().forEach(p -> dropPolicy(t.name(), p));
        t.rowSecurity().forEach(r -> setRowSecurity(t.name(), r.setting(), false));
    }

    private StepTarget target(String table, Policy policy) {
        return StepTarget.ofTable(StepTarget.Kind.POLICY, core, table, policy.name());
    }

    private void lockExisting(Draft d, String table) {
        if (!newTables.contains(table)) {
            d.lock(LockLevel.ACCESS_EXCLUSIVE);
        }
    }
}
