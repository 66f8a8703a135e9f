package dev.strata.engine.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogStateTest {

    @Test
    void orderDoesNotMatterAndTheFingerprintFollowsContent() {
        CatalogState a = new CatalogState(List.of("table core.a", "column core.a.id integer"));
        CatalogState b = new CatalogState(List.of("column core.a.id integer", "table core.a"));
        assertThat(a).isEqualTo(b);
        assertThat(a.fingerprint()).isEqualTo(b.fingerprint()).hasSize(64);
        assertThat(new CatalogState(List.of("table core.a")).fingerprint()).isNotEqualTo(a.fingerprint());
    }

    @Test
    void diffListsRemovedThenAddedLines() {
        CatalogState expected = new CatalogState(List.of("table core.a", "column core.a.note text"));
        CatalogState live = new CatalogState(List.of("table core.a", "column core.a.note text not null"));
        assertThat(live.diffFrom(expected)).containsExactly("- column core.a.note text",
                "+ column core.a.note text not null");
        assertThat(CatalogState.parse(live.body())).isEqualTo(live);
    }
}
