package dev.strata.compiler.check;

import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierLengthTest {

    private static final String LONG = "a".repeat(64);

    @Test
    void declaredNamesOverSixtyThreeBytesAreReported() {
        var model = schema()
                .table(LONG, t -> t.column("id", "bigint").namedPrimaryKey("pk", "id"))
                .build();

        var found = Findings.of(model).single("S1401");

        assertThat(found.message()).isEqualTo("table name '" + LONG + "' is 64 bytes long; PostgreSQL would"
                + " silently cut it to 63 bytes");
        assertThat(found.hint()).isEqualTo("shorten it to at most 63 bytes (it would become '" + "a".repeat(63)
                + "')");
    }

    @Test
    void bytesCountNotCharacters() {
        var thirtyTwoChars = "é".repeat(32);
        var model = schema()
                .table("t", t -> t.column("id", "bigint").namedPrimaryKey("pk", "id").column(thirtyTwoChars, "text"))
                .build();

        var found = Findings.of(model).single("S1401");

        assertThat(found.message()).startsWith("column name '" + thirtyTwoChars + "' is 64 bytes long");
        assertThat(found.hint()).contains("'" + "é".repeat(31) + "'");
        assertThat(IdentifierLength.truncated("é".repeat(32))).isEqualTo("é".repeat(31));
    }

    @Test
    void derivedNamesOverSixtyThreeBytesAreReported() {
        var column = "c".repeat(55);
        var model = schema()
                .table("orders", t -> t.column(column, "bigint", c -> c.identity()).primaryKey(column)
                        .unique(column))
                .facade("f".repeat(62), 1, f -> { })
                .build();

        assertThat(Findings.of(model).withCode("S1402")).extracting(d -> d.message()).containsExactly(
                "the default name of the sequence of column 'orders." + column + "', 'orders_" + column + "_seq', is 66"
                        + " bytes long; PostgreSQL would shorten it in a way Strata cannot rely on",
                "the default name of the unique constraint of table 'orders', 'orders_" + column + "_key', is 66"
                        + " bytes long; PostgreSQL would shorten it in a way Strata cannot rely on",
                "the schema of facade " + "f".repeat(62) + " v1, '" + "f".repeat(62) + "_v1', is 65 bytes long;"
                        + " PostgreSQL would shorten it in a way Strata cannot rely on");
    }

    @Test
    void enumLabelsOverSixtyThreeBytesAreRejected() {
        var model = schema().enumType("e", "ok", "x".repeat(70)).build();

        assertThat(Findings.of(model).single("S1403").message())
                .isEqualTo("label of enum 'e' is 70 bytes long; PostgreSQL allows at most 63");
    }

    @Test
    void sixtyThreeBytesAreFine() {
        var name = "n".repeat(58);
        var model = schema().table(name, t -> t.column("id", "bigint").primaryKey("id")).build();

        assertThat(Findings.of(model).all()).isEmpty();
    }
}
