package dev.strata.compiler.check;

import static dev.strata.compiler.check.Findings.assertNoteAt;
import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvolutionChecksTest {

    @Test
    void aTableRenamedFromAStillDeclaredTableIsReported() {
        var model = schema()
                .table("client", t -> t.column("id", "bigint").primaryKey("id"))
                .table("customer", t -> t.renamedFrom("client").column("id", "bigint").primaryKey("id"))
                .build();

        var found = Findings.of(model).single("S1601");

        assertThat(found.message()).isEqualTo("table 'customer' is renamed from 'client', which is still declared");
        assertNoteAt(found, model.core().tables().get(0).span());
    }

    @Test
    void aColumnRenamedFromAStillDeclaredColumnIsReported() {
        var model = schema()
                .table("customer", t -> t.column("id", "bigint").primaryKey("id")
                        .column("name", "text")
                        .column("full_name", "text", c -> c.renamedFrom("name"))
                        .column("email", "text", c -> c.renamedFrom("email")))
                .build();

        assertThat(Findings.of(model).withCode("S1601")).extracting(d -> d.message()).containsExactly(
                "column 'customer.full_name' is renamed from 'name', which is still a column of the table",
                "column 'customer.email' is renamed from its own name");
    }

    @Test
    void oneOldNameBecomesOneNewName() {
        var model = schema()
                .table("a", t -> t.renamedFrom("old").column("id", "bigint").primaryKey("id")
                        .column("x", "text", c -> c.renamedFrom("y"))
                        .column("z", "text", c -> c.renamedFrom("y")))
                .table("b", t -> t.renamedFrom("old").column("id", "bigint").primaryKey("id"))
                .build();

        assertThat(Findings.of(model).withCode("S1602")).extracting(d -> d.message()).containsExactly(
                "column 'a.z' is renamed from 'y', but another column already is",
                "table 'b' is renamed from 'old', but another table already is");
    }
}
