package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Trigger.Event;
import dev.strata.compiler.model.Trigger.Timing;
import dev.strata.compiler.model.Trigger;
import dev.strata.engine.catalog.RelationQuery;
import dev.strata.engine.catalog.TriggerQuery;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One trigger of an imported table as a model {@link Trigger}: timing, events, columns of {@code update of},
 * row or statement, the {@code when} condition, the core function and its arguments as string literals.
 */
final class TriggerBuilder {

    /** {@code pg_trigger.tgtype} bits. */
    private static final int ROW = 1;
    private static final int BEFORE = 2;
    private static final int INSERT = 4;
    private static final int DELETE = 8;
    private static final int UPDATE = 16;
    private static final int TRUNCATE = 32;
    private static final int INSTEAD = 64;

    private final CatalogIndex index;

    TriggerBuilder(CatalogIndex index) {
        this.index = index;
    }

    /** The trigger, or null (reported) when it cannot be imported. */
    Trigger build(RelationQuery.Row relation, TriggerQuery.Row row) {
        String name = Findings.qualified(Describe.relation(relation), row.name());
        if (row.cloned()) {
            return null;
        }
        String problem = problem(row);
        if (problem != null) {
            index.findings.add(row.constraintTrigger() ? "constraint trigger" : "trigger", name, problem,
                    row.definition());
            return null;
        }
        if (!row.enabled().equals("O")) {
            index.findings.add("trigger option", name, "the trigger is " + enabledInWords(row.enabled())
                    + "; imported as enabled");
        }
        int type = row.type();
        return new Trigger(row.name(), timing(type), events(type), index.columnNames(relation.oid(), row.columns()),
                (type & ROW) != 0,
                DeparsedSql.triggerWhen(row.definition()), row.functionName(), arguments(row.arguments()), row.comment(),
                Span.NONE);
    }

    private String problem(TriggerQuery.Row row) {
        if (row.constraintTrigger()) {
            return "the Strata language has no constraint triggers";
        }
        if (row.transitionTables()) {
            return "REFERENCING transition tables are not in the Strata language";
        }
        if (!index.isCore(row.functionSchema())) {
            return "calls " + row.functionSchema() + "." + row.functionName()
                    + ", which is outside the core schema";
        }
        if (index.exclusions.routineExcluded(row.functionOid())) {
            return "calls " + row.functionSchema() + "." + row.functionName() + ", which is not imported";
        }
        return null;
    }

    static String enabledInWords(String code) {
        switch (code) {
            case "D":
                return "disabled";
            case "R":
                return "enabled for replicas only";
            default:
                return "enabled always (also for replicas)";
        }
    }

    private static Timing timing(int type) {
        if ((type & INSTEAD) != 0) {
            return Timing.INSTEAD_OF;
        }
        return (type & BEFORE) != 0 ? Timing.BEFORE : Timing.AFTER;
    }

    private static List<Event> events(int type) {
        var events = new ArrayList<Event>();
        if ((type & INSERT) != 0) {
            events.add(Event.INSERT);
        }
        if ((type & UPDATE) != 0) {
            events.add(Event.UPDATE);
        }
        if ((type & DELETE) != 0) {
            events.add(Event.DELETE);
        }
        if ((type & TRUNCATE) != 0) {
            events.add(Event.TRUNCATE);
        }
        return events;
    }

    /** {@code tgargs}: each argument followed by a zero byte; each becomes a string literal as one writes it. */
    static List<String> arguments(byte[] raw) {
        var arguments = new ArrayList<String>();
        if (raw == null) {
            return arguments;
        }
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                String value = new String(raw, start, i - start, StandardCharsets.UTF_8);
                arguments.add("'" + value.replace("'", "''") + "'");
                start = i + 1;
            }
        }
        return arguments;
    }
}
