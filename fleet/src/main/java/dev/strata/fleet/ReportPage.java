package dev.strata.fleet;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fleet's status page: one self-contained HTML file (styles inline, the chart an inline SVG, no script, nothing
 * fetched), so it can be opened from a CI job's artifacts or a mail. It shows the counts by state, then every ring
 * with its targets (state, current plan, pending plans, live facade versions, the last apply's time, the failure),
 * the failures with their whole messages, and a chart of each target's apply durations.
 */
public final class ReportPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_WIDTH = 220;
    private static final int CHART_WIDTH = 520;

    private ReportPage() {
    }

    public static String html(FleetReport report) {
        var page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Fleet ")
                .append(escape(report.project())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin-bottom:1.5em}")
                .append("th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
                .append("th{background:#f2f2f2}.state{font-weight:bold}")
                .append(".ok{color:#1a7f37}.pending{color:#9a6700}.bad{color:#cf222e}")
                .append("pre{white-space:pre-wrap;background:#f6f8fa;padding:8px}")
                .append("\n</style>\n</head>\n<body>\n");
        page.append("<h1>Fleet of project <code>").append(escape(report.project())).append("</code></h1>\n");
        page.append("<p id=\"generated\">Read at ").append(TIME.format(report.generatedAt())).append(", ")
                .append(count(report)).append(" targets in ").append(report.rings().size()).append(" rings.</p>\n");
        counts(page, report);
        for (FleetReport.RingReport ring : report.rings()) {
            ring(page, ring);
        }
        failures(page, report);
        chart(page, report);
        return page.append("</body>\n</html>\n").toString();
    }

    private static int count(FleetReport report) {
        return report.rings().stream().mapToInt(ring -> ring.targets().size()).sum();
    }

    private static void counts(StringBuilder page, FleetReport report) {
        Map<TargetOutcome.State, Integer> counts = new EnumMap<>(TargetOutcome.State.class);
        report.rings().forEach(ring -> ring.targets().forEach(t -> counts.merge(t.status().state(), 1, Integer::sum)));
        page.append("<table id=\"counts\"><tr><th>state</th><th>targets</th></tr>\n");
        counts.forEach((state, n) -> page.append("<tr><td class=\"state ").append(tone(state)).append("\">")
                .append(word(state)).append("</td><td>").append(n).append("</td></tr>\n"));
        page.append("</table>\n");
    }

    private static void ring(StringBuilder page, FleetReport.RingReport ring) {
        page.append("<h2>Ring <code>").append(escape(ring.name())).append("</code></h2>\n")
                .append("<table class=\"ring\" data-ring=\"").append(escape(ring.name())).append("\">\n")
                .append("<tr><th>target</th><th>state</th><th>current plan</th><th>pending</th>")
                .append("<th>live facade versions</th><th>last apply</th><th>problem</th></tr>\n");
        for (FleetReport.TargetReport target : ring.targets()) {
            TargetOutcome status = target.status();
            List<String> pending = status.state() == TargetOutcome.State.PENDING ? status.plans() : List.of();
            page.append("<tr class=\"target\"><td title=\"").append(escape(status.display())).append("\">")
                    .append(escape(status.target())).append("</td><td class=\"state ").append(tone(status.state()))
                    .append("\">").append(word(status.state())).append("</td><td>")
                    .append(status.currentPlan() == null ? "none" : escape(status.currentPlan())).append("</td><td>")
                    .append(pending.isEmpty() ? "" : escape(String.join(", ", pending))).append("</td><td>")
                    .append(escape(String.join(", ", target.live()))).append("</td><td>")
                    .append(lastApply(target)).append("</td><td>")
                    .append(problem(target)).append("</td></tr>\n");
        }
        page.append("</table>\n");
    }

    private static String lastApply(FleetReport.TargetReport target) {
        for (int i = target.runs().size() - 1; i >= 0; i--) {
            FleetReport.Run run = target.runs().get(i);
            if (run.action().equals("apply")) {
                return escape(run.planId()) + " " + escape(run.outcome()) + (run.durationMs() == null ? ""
                        : ", " + run.durationMs() + " ms") + (run.startedAt() == null ? ""
                        : ", " + TIME.format(run.startedAt()));
            }
        }
        return "";
    }

    private static String problem(FleetReport.TargetReport target) {
        String failure = target.status().failure();
        String first = failure == null ? "" : failure.lines().findFirst().orElse("");
        if (target.unread() != null) {
            first = first.isEmpty() ? "not read: " + target.unread() : first;
        }
        return escape(first);
    }

    private static void failures(StringBuilder page, FleetReport report) {
        page.append("<h2>Failures</h2>\n");
        boolean any = false;
        for (FleetReport.RingReport ring : report.rings()) {
            for (FleetReport.TargetReport target : ring.targets()) {
                if (target.status().failure() == null) {
                    continue;
                }
                any = true;
                page.append("<h3 class=\"failure\">").append(escape(ring.name())).append(" / ")
                        .append(escape(target.status().target())).append(": ").append(word(target.status().state()))
                        .append("</h3>\n<pre>").append(escape(target.status().failure())).append("</pre>\n");
            }
        }
        if (!any) {
            page.append("<p id=\"no-failures\">None.</p>\n");
        }
    }

    /** One bar per target and apply (its plan, newest last), as long as the apply took. */
    private static void chart(StringBuilder page, FleetReport report) {
        page.append("<h2>Apply durations</h2>\n");
        long longest = 1;
        int bars = 0;
        for (FleetReport.RingReport ring : report.rings()) {
            for (FleetReport.TargetReport target : ring.targets()) {
                for (FleetReport.Run run : applies(target)) {
                    longest = Math.max(longest, run.durationMs());
                    bars++;
                }
            }
        }
        if (bars == 0) {
            page.append("<p id=\"no-applies\">No target has applied a plan yet.</p>\n");
            return;
        }
        int height = bars * (BAR_HEIGHT + 4) + 4;
        page.append("<svg id=\"durations\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(LABEL_WIDTH + CHART_WIDTH + 90).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"apply durations per target\">\n");
        int y = 4;
        for (FleetReport.RingReport ring : report.rings()) {
            for (FleetReport.TargetReport target : ring.targets()) {
                for (FleetReport.Run run : applies(target)) {
                    long width = Math.max(1, run.durationMs() * CHART_WIDTH / longest);
                    String label = target.status().target() + " " + run.planId();
                    page.append("<g class=\"bar\"><text x=\"0\" y=\"").append(y + BAR_HEIGHT - 5)
                            .append("\" font-size=\"12\">").append(escape(label)).append("</text><rect x=\"")
                            .append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(width)
                            .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"")
                            .append(run.outcome().equals("applied") ? "#2da44e" : "#cf222e")
                            .append("\"><title>").append(escape(label)).append(": ").append(run.durationMs())
                            .append(" ms, ").append(escape(run.outcome())).append("</title></rect><text x=\"")
                            .append(LABEL_WIDTH + width + 6).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                            .append("\" font-size=\"12\">").append(run.durationMs()).append(" ms</text></g>\n");
                    y += BAR_HEIGHT + 4;
                }
            }
        }
        page.append("</svg>\n");
    }

    private static List<FleetReport.Run> applies(FleetReport.TargetReport target) {
        return target.runs().stream().filter(run -> run.action().equals("apply") && run.durationMs() != null)
                .toList();
    }

    private static String word(TargetOutcome.State state) {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String tone(TargetOutcome.State state) {
        return switch (state) {
            case APPLIED, ROLLED_BACK, PROMOTED, CURRENT -> "ok";
            case PENDING, RUNNING, SKIPPED, UNTOUCHED -> "pending";
            case DRIFTED, LAST_ATTEMPT_FAILED, FAILED, UNHEALTHY -> "bad";
        };
    }

    /** Text for HTML, in an element or an attribute. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
