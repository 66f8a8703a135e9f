package dev.strata.cli;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.engine.facade.FacadeRelease;
import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every facade version one of three places knows: the sources (in flight once planned and applied), the plans
 * (which plan deployed or retired it) and the target's {@code strata.facade_release} (its state there).
 */
final class FacadeListing {

    static final String NOT_DEPLOYED = "not deployed";

    /** One version; {@code state} is the target's ({@code live}, {@code in flight}, {@code retired}) or not deployed. */
    record Row(String facade, int version, String schema, String state, boolean inSources, String deployedBy,
               String retiredBy, Instant promotedAt, String promotedBy) {
    }

    private FacadeListing() {
    }

    static List<Row> rows(Model sources, List<Plan> plans, List<FacadeRelease> releases) {
        Map<String, Row> rows = new TreeMap<>();
        if (sources != null) {
            for (Facade facade : sources.facades()) {
                put(rows, new Row(facade.name(), facade.version(), facade.schemaName(), NOT_DEPLOYED, true, null,
                        null, null, null));
            }
        }
        for (Plan plan : plans) {
            for (Step step : plan.steps()) {
                boolean adds = step.deploysFacade(true);
                if (!adds && !step.deploysFacade(false)) {
                    continue;
                }
                var v = step.target();
                Row row = rows.getOrDefault(key(v.facade(), v.version()), new Row(v.facade(), v.version(),
                        v.schema(), NOT_DEPLOYED, false, null, null, null, null));
                put(rows, new Row(row.facade(), row.version(), row.schema(), row.state(), row.inSources(),
                        adds ? plan.id() : row.deployedBy(), adds ? null : plan.id(), null, null));
            }
        }
        for (FacadeRelease release : releases) {
            Row row = rows.getOrDefault(key(release.facade(), release.version()), new Row(release.facade(),
                    release.version(), release.schema(), NOT_DEPLOYED, false, null, null, null, null));
            String by = release.promotedAt() == null ? null
                    : release.promotedDbUser() + " (" + release.promotedBy() + ")";
            put(rows, new Row(row.facade(), row.version(), release.schema(), release.state().replace('_', ' '),
                    row.inSources(), row.deployedBy(), row.retiredBy(), release.promotedAt(), by));
        }
        List<Row> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparing(Row::facade).thenComparingInt(Row::version));
        return list;
    }

    static String table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"FACADE", "VERSION", "SCHEMA", "STATE", "SOURCE", "PLAN", "PROMOTED"});
        for (Row row : rows) {
            String plan = row.retiredBy() != null ? "retired by " + row.retiredBy()
                    : row.deployedBy() == null ? "" : row.deployedBy();
            String promoted = row.promotedAt() == null ? ""
                    : row.promotedAt().toString().replace('T', ' ') + " by " + row.promotedBy();
            cells.add(new String[] {row.facade(), Integer.toString(row.version()), row.schema(), row.state(),
                    row.inSources() ? "yes" : "no", plan, promoted});
        }
        return Columns.render(cells);
    }

    private static void put(Map<String, Row> rows, Row row) {
        rows.put(key(row.facade(), row.version()), row);
    }

    private static String key(String facade, int version) {
        return facade + "\u0000" + String.format("%010d", version);
    }
}
