package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyScannerTest {

    @Test
    void identifiersAreFoldedQuotedOnesKeptAndLiteralsAndCommentsSkipped() {
        assertThat(BodyScanner.identifiers("select T.*, \"Full Name\" from core.customer t -- note\n"
                + "where email = 'x@y' /* total */"))
                .containsExactlyInAnyOrder("select", "t", "*", "Full Name", "from", "core", "customer", "where",
                        "email");
    }

    @Test
    void aCallIsANameFollowedByAParenthesis() {
        assertThat(BodyScanner.calls("select lab_api_v1.sample (min(id)), total(x), \"Put Line\"(1)"
                + " from core.sample where note <> 'other(1)'"))
                .containsExactlyInAnyOrder("lab_api_v1.sample", "min", "total", "Put Line");
    }

    @Test
    void aMentionIsNoCall() {
        assertThat(BodyScanner.calls("select id, label from core.sample join sample s on s.id = sample.id"))
                .isEmpty();
    }
}
