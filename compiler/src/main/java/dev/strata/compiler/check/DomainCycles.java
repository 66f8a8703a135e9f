package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A domain cannot be built on itself, directly or through other domains: it could never be created. */
public final class DomainCycles implements SchemaRule {

    public static final String CODE = Code.DOMAIN_CYCLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var domains = new HashMap<String, Domain>();
        model.core().domains().forEach(d -> domains.putIfAbsent(d.name(), d));
        var reported = new HashSet<String>();
        for (var domain : model.core().domains()) {
            if (reported.contains(domain.name())) {
                continue;
            }
            var cycle = cycleFrom(domain, domains);
            if (cycle.isEmpty()) {
                continue;
            }
            reported.addAll(cycle);
            diagnostics.error(CODE, domain.span(), "domain '" + domain.name() + "' is built on itself: "
                            + String.join(" -> ", cycle) + " -> " + domain.name(),
                    "base one of these domains on a built-in type");
        }
    }

    /** The domains from {@code start} back to it, or empty when following base types never returns to it. */
    private static List<String> cycleFrom(Domain start, Map<String, Domain> domains) {
        var path = new ArrayList<String>();
        Set<String> seen = new HashSet<>();
        var current = start;
        while (current != null && seen.add(current.name())) {
            path.add(current.name());
            var base = current.baseType().name();
            if (base.equals(start.name())) {
                return path;
            }
            current = domains.get(base);
        }
        return List.of();
    }
}
