package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.introspect.UnsupportedDifference.Where;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects the language cannot express, compared between two databases and matched against declarations. */
class UnsupportedDifferenceTest {

    private static final Unsupported POLICY = new Unsupported("policy", "core.t.p", "no policy declaration",
            "for * permissive to public using (true)");
    private static final Unsupported GRANT_SELECT = new Unsupported("grant", "core.t", "SELECT to a");
    private static final Unsupported GRANT_INSERT = new Unsupported("grant", "core.t", "INSERT to a");

    @Test
    void objectsAreMatchedByKindAndNameAndComparedByEverythingListedUnderThem() {
        var otherUsing = new Unsupported("policy", "core.t.p", "no policy declaration",
                "for * permissive to public using (false)");
        var rule = new Unsupported("rule", "core.t.r", "no rule declaration", "CREATE RULE r AS …");

        assertThat(UnsupportedDifference.between(List.of(POLICY, GRANT_SELECT, GRANT_INSERT),
                List.of(GRANT_INSERT, GRANT_SELECT, POLICY))).as("order is no difference").isEmpty();
        assertThat(UnsupportedDifference.between(List.of(POLICY, GRANT_SELECT, GRANT_INSERT),
                List.of(otherUsing, GRANT_SELECT, rule))).containsExactly(
                new UnsupportedDifference("grant", "core.t", Where.DIFFERENT),
                new UnsupportedDifference("policy", "core.t.p", Where.DIFFERENT),
                new UnsupportedDifference("rule", "core.t.r", Where.ONLY_TO));
        assertThat(UnsupportedDifference.between(List.of(POLICY), List.of()))
                .containsExactly(new UnsupportedDifference("policy", "core.t.p", Where.ONLY_FROM));
    }

    @Test
    void declarationsMatchKindAndNameWithStarsAndNameTheEntriesThatMatchNothing() {
        var declarations = new UnmanagedDeclarations(List.of("policy core.t.*", "grant core.t", "rule core.x.*",
                "* core.t.p"));

        var split = declarations.split(List.of(POLICY, GRANT_SELECT), List.of(POLICY, GRANT_INSERT,
                new Unsupported("policy", "core.u.q", "no policy declaration")));

        assertThat(split.reported()).extracting(Unsupported::object).containsExactly("policy core.u.q");
        assertThat(split.leftAlone()).as("each object once, however many sides and lines").isEqualTo(2);
        assertThat(split.stale()).as("an entry overlapping an earlier one still matches")
                .containsExactly("rule core.x.*");
        assertThat(declarations.declared(new Unsupported("policy", "core.t2.p", "…"))).isFalse();
        assertThat(new UnmanagedDeclarations(List.of("policy core.t.p.")).declared(POLICY))
                .as("a dot is a dot, not any character").isFalse();
    }
}
