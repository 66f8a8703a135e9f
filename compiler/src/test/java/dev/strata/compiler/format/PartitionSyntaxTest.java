package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.model.PartitionOf.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Partitioned tables and partitions: what the parser makes of them, and the formatter's canonical form, which
 * parses back to the same model and formats to itself (comments inside a partition's line come before it).
 */
class PartitionSyntaxTest {

    private static final String SOURCE = """
            core {
              TABLE Measurement PARTITION BY RANGE (logdate)   {
                city_id integer not null
                logdate date not null
                primary key (city_id, logdate)
              }
              partition m_2026 of measurement for values from ( '2026-01-01' ) to ('2027-01-01') comment 'this year'
              partition m_rest of measurement /* the rest */ default
              table event partition by list (kind) { kind text not null }
              partition event_fair of event for values in ('fair', 'market')
              table reading partition by hash (sensor_id) { sensor_id bigint not null }
              partition reading_0 of reading for values with (modulus 2, remainder 0)
            }
            """;

    private static final String CANONICAL = """
            core {
              table measurement partition by range (logdate) {
                city_id  integer  not null
                logdate  date     not null
                primary key (city_id, logdate)
              }

              partition m_2026 of measurement for values from ('2026-01-01') to ('2027-01-01') comment 'this year'
              /* the rest */
              partition m_rest of measurement default

              table event partition by list (kind) {
                kind  text  not null
              }

              partition event_fair of event for values in ('fair', 'market')

              table reading partition by hash (sensor_id) {
                sensor_id  bigint  not null
              }

              partition reading_0 of reading for values with (modulus 2, remainder 0)
            }
            """;

    @Test
    void partitionsParseIntoTablesWithTheirParentAndBound() {
        var core = ModelAssembler.assemble(List.of(RoundTrip.parsed(SOURCE))).core();
        var measurement = core.table("measurement").orElseThrow();
        assertThat(measurement.partitionBy().method()).isEqualTo("range");
        assertThat(measurement.partitionBy().key()).isEqualTo("logdate");
        assertThat(measurement.partitionBy().columns()).containsExactly("logdate");
        var year = core.table("m_2026").orElseThrow();
        assertThat(year.partitionOf().parent()).isEqualTo("measurement");
        assertThat(year.partitionOf().bound().kind()).isEqualTo(Kind.RANGE);
        assertThat(year.partitionOf().bound().values()).containsExactly("'2026-01-01'", "'2027-01-01'");
        assertThat(year.comment()).isEqualTo("this year");
        assertThat(year.columns()).isEmpty();
        assertThat(core.table("m_rest").orElseThrow().partitionOf().bound().kind()).isEqualTo(Kind.DEFAULT);
        assertThat(core.table("event_fair").orElseThrow().partitionOf().bound().values())
                .containsExactly("'fair', 'market'");
        assertThat(core.table("reading_0").orElseThrow().partitionOf().bound().kind()).isEqualTo(Kind.HASH);
    }

    @Test
    void theCanonicalFormParsesBackToTheSameModelAndFormatsToItself() {
        RoundTrip.assertCanonical(SOURCE, CANONICAL);
    }
}
