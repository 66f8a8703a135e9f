package dev.strata.tester;

import java.util.Locale;

/**
 * A {@link TestReport} as JUnit XML, the format CI systems read: one {@code testsuite} per plan, one
 * {@code testcase} per check, a {@code failure} with the message for each failed check, {@code skipped} for a
 * skipped one.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static String write(TestReport report, String project) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long tests = report.plans().stream().mapToLong(p -> p.checks().size()).sum();
        xml.append("<testsuites name=\"").append(escape("strata test " + project)).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(report.failures()).append("\" time=\"").append(seconds(report.millis()))
                .append("\">\n");
        for (PlanReport plan : report.plans()) {
            long failures = plan.checks().stream().filter(CheckResult::failed).count();
            long skipped = plan.checks().stream().filter(c -> c.status() == CheckResult.Status.SKIPPED).count();
            long millis = plan.checks().stream().mapToLong(CheckResult::millis).sum();
            xml.append("  <testsuite name=\"").append(escape(plan.planId())).append("\" tests=\"")
                    .append(plan.checks().size()).append("\" failures=\"").append(failures).append("\" errors=\"0\"")
                    .append(" skipped=\"").append(skipped).append("\" time=\"").append(seconds(millis)).append("\">\n");
            for (CheckResult check : plan.checks()) {
                xml.append("    <testcase classname=\"").append(escape(project + "." + plan.planId()))
                        .append("\" name=\"").append(escape(check.name())).append("\" time=\"")
                        .append(seconds(check.millis())).append('"');
                if (check.status() == CheckResult.Status.PASSED) {
                    xml.append("/>\n");
                    continue;
                }
                xml.append(">\n");
                if (check.failed()) {
                    String first = check.message().lines().findFirst().orElse("");
                    xml.append("      <failure message=\"").append(escape(first)).append("\">")
                            .append(escape(check.message())).append("</failure>\n");
                } else {
                    xml.append("      <skipped message=\"").append(escape(check.message())).append("\"/>\n");
                }
                xml.append("    </testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
