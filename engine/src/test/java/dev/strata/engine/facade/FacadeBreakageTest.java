package dev.strata.engine.facade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacadeBreakageTest {

    @Test
    void namesAreReadBackWithTheirQuotes() {
        assertThat(FacadeBreakage.splitQualified("\"Shöp API_v1\".\"Order \"\"Notes\"\"\""))
                .containsExactly("Shöp API_v1", "Order \"Notes\"");
        assertThat(FacadeBreakage.splitQualified("orders")).isNull();
    }
}
