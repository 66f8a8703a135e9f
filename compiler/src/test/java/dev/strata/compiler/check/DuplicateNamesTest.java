package dev.strata.compiler.check;

import static dev.strata.compiler.check.Findings.assertNoteAt;
import static dev.strata.compiler.check.Findings.assertPointsAt;
import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateNamesTest {

    @Test
    void twoTablesOfOneNameAreReportedAtTheSecondWithANoteAtTheFirst() {
        var model = schema()
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .build();

        var found = Findings.of(model).single("S1001");

        assertThat(found.message()).isEqualTo("table 'customer' is declared twice");
        assertPointsAt(found, model.core().tables().get(1).span());
        assertNoteAt(found, model.core().tables().get(0).span());
    }

    @Test
    void aSequenceAndATableShareTheRelationNamespace() {
        var model = schema()
                .table("invoice", t -> t.column("id", "bigint").primaryKey("id"))
                .sequence("invoice", s -> { })
                .build();

        var found = Findings.of(model).single("S1001");

        assertThat(found.message()).isEqualTo("sequence 'invoice' has the same name as a table");
        assertPointsAt(found, model.core().sequences().get(0).span());
    }

    @Test
    void anUnnamedPrimaryKeyWhoseDefaultNameIsTakenIsReportedAtTheKey() {
        var model = schema()
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .table("customer_pkey", t -> t.column("id", "bigint").namedPrimaryKey("customer_pkey_pk", "id"))
                .build();

        var found = Findings.of(model).single("S1001");

        assertThat(found.message()).isEqualTo(
                "the primary key of table 'customer' would be named 'customer_pkey', which is already the name of a"
                        + " table");
        assertPointsAt(found, model.core().tables().get(0).primaryKey().span());
        assertNoteAt(found, model.core().tables().get(1).span());
    }

    @Test
    void twoUnnamedIndexesOnTheSameColumnsClash() {
        var model = schema()
                .table("t", t -> t.column("id", "bigint").primaryKey("id").column("a", "text")
                        .index(i -> i.on("a"))
                        .index(i -> i.on("a").where("(a <> '')")))
                .build();

        var found = Findings.of(model).single("S1001");

        assertThat(found.message()).isEqualTo(
                "the unnamed index of table 't' would be named 't_a_idx', which is already the name of an index");
        assertPointsAt(found, model.core().tables().get(0).indexes().get(1).span());
    }

    @Test
    void anIdentityColumnsSequenceClashesWithADeclaredSequence() {
        var model = schema()
                .sequence("t_id_seq", s -> { })
                .table("t", t -> t.column("id", "bigint", c -> c.identity()).primaryKey("id"))
                .build();

        var found = Findings.of(model).single("S1001");

        assertThat(found.message()).isEqualTo(
                "the sequence of column 't.id' would be named 't_id_seq', which is already the name of a sequence");
    }

    @Test
    void anEnumClashesWithAnotherEnumAndWithATablesRowType() {
        var model = schema()
                .enumType("status", "a", "b")
                .enumType("status", "c")
                .domain("customer", "text")
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .build();

        var found = Findings.of(model).withCode("S1002");

        assertThat(found).extracting(d -> d.message()).containsExactly(
                "enum 'status' is declared twice",
                "domain 'customer' has the same name as the row type of table 'customer'");
    }

    @Test
    void columnsConstraintsTriggersAndKeyColumnsAreCheckedPerTable() {
        var model = schema()
                .function("touch", f -> f.returns("trigger"))
                .table("t", t -> t
                        .column("id", "bigint").column("id", "text")
                        .primaryKey("id", "id")
                        .check("positive", "id", "(id > 0)")
                        .check("positive", null, "(id < 10)")
                        .check(null, "id", "(id <> 5)")
                        .check(null, "id", "(id <> 6)")
                        .trigger("touch_it", "touch")
                        .trigger("touch_it", "touch"))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.single("S1003").message()).isEqualTo("column 'id' is declared twice in table 't'");
        assertThat(findings.withCode("S1004")).extracting(d -> d.message()).containsExactly(
                "constraint 'positive' is declared twice in table 't'",
                "the unnamed check constraint would be named 't_id_check', which is already the name of a check"
                        + " constraint of table 't'");
        assertThat(findings.single("S1011").message()).isEqualTo("trigger 'touch_it' is declared twice on table 't'");
        assertThat(findings.single("S1012").message()).isEqualTo("column 'id' appears twice in the primary key");
    }

    @Test
    void twoIndexBackedConstraintsOfOneNameAreARelationClashNotAConstraintClash() {
        var model = schema()
                .table("t", t -> t.column("id", "bigint").column("a", "text")
                        .namedPrimaryKey("k", "id")
                        .namedUnique("k", "a"))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.codes()).containsExactly("S1001");
    }

    @Test
    void facadeObjectsShareOneNamespacePerVersionAndOverloadsAreNotSupported() {
        var model = schema()
                .facade("api", 1, f -> f
                        .view("orders", v -> v.column("id", "bigint"))
                        .function("orders", r -> r.returns("bigint"))
                        .function("place", r -> r.parameter("a", "bigint").returns("bigint"))
                        .function("place", r -> r.parameter("a", "text").returns("bigint")))
                .facade("api", 2, f -> f.view("orders", v -> v.column("id", "bigint")))
                .build();

        var found = Findings.of(model).withCode("S1005");

        assertThat(found).extracting(d -> d.message()).containsExactly(
                "function 'orders' has the same name as a view in api v1",
                "function 'place' is declared twice in api v1; overloaded routines are not supported");
    }

    @Test
    void parametersLabelsViewColumnsRoutinesAndExtensionsAreUnique() {
        var model = schema()
                .extension("pgcrypto")
                .extension("pgcrypto")
                .enumType("mood", "happy", "sad", "happy")
                .view("v", v -> v.column("a", "text").column("a", "text"))
                .function("f", r -> r.parameter("x", "text").returnsTable("x", "text"))
                .procedure("f", r -> { })
                .build();

        var findings = Findings.of(model);

        assertThat(findings.single("S1010").message()).isEqualTo("extension 'pgcrypto' is declared twice");
        assertThat(findings.single("S1007").message()).isEqualTo("label 'happy' appears twice in enum 'mood'");
        assertThat(findings.single("S1008").message()).isEqualTo("column 'a' is declared twice in view 'v'");
        assertThat(findings.single("S1006").message()).isEqualTo("parameter 'x' is declared twice in function 'f'");
        assertThat(findings.single("S1009").message()).isEqualTo(
                "procedure 'f' has the same name as a function");
        assertNoteAt(findings.single("S1007"), model.core().enums().get(0).values().get(0).span());
    }

    @Test
    void uniqueNamesProduceNoDuplicateFindings() {
        var model = schema()
                .table("a", t -> t.column("id", "bigint").primaryKey("id").unique("id"))
                .table("b", t -> t.column("id", "bigint").primaryKey("id")
                        .foreignKey(List.of("id"), "a", "id"))
                .build();

        assertThat(Findings.of(model).all()).isEmpty();
    }
}
