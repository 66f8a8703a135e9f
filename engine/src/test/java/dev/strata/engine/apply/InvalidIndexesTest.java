package dev.strata.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidIndexesTest {

    @Test
    void findsTheIndexAConcurrentStatementCreates() {
        assertThat(InvalidIndexes.indexNamedBy("CREATE INDEX CONCURRENTLY purchase_by_customer ON core.purchase (x)"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly(null, "purchase_by_customer"));
        assertThat(InvalidIndexes.indexNamedBy("create unique index concurrently if not exists \"Core\".\"Ix\" on t (x)"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly("Core", "Ix"));
        assertThat(InvalidIndexes.indexNamedBy("REINDEX INDEX CONCURRENTLY core.customer_email_key"))
                .hasValueSatisfying(name -> assertThat(name).containsExactly("core", "customer_email_key"));
    }

    @Test
    void ignoresStatementsThatCreateNoIndexConcurrently() {
        assertThat(InvalidIndexes.indexNamedBy("CREATE INDEX ix ON t (x)")).isEmpty();
        assertThat(InvalidIndexes.indexNamedBy("VACUUM t")).isEmpty();
    }
}
