package dev.strata.compiler.check;

import static dev.strata.compiler.check.Findings.assertNoteAt;
import static dev.strata.compiler.check.Findings.assertPointsAt;
import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceChecksTest {

    @Test
    void everyUnknownColumnOfKeysIndexesForeignKeysAndTriggersIsReported() {
        var model = schema()
                .function("touch", f -> f.returns("trigger"))
                .table("t", t -> t
                        .column("id", "bigint")
                        .column("email", "text")
                        .primaryKey("idd")
                        .unique("mail")
                        .index(i -> i.on("id", "emial").include("nope"))
                        .foreignKey(List.of("parent"), "t", "id")
                        .trigger("touch", Trigger.Timing.BEFORE, List.of(Trigger.Event.UPDATE), List.of("gone"), true,
                                "touch"))
                .build();

        var found = Findings.of(model).withCode("S1101");

        assertThat(found).extracting(d -> d.message()).containsExactly(
                "unknown column 'idd' in the primary key of table 't'",
                "unknown column 'mail' in a unique constraint of table 't'",
                "unknown column 'nope' in index of table 't'",
                "unknown column 'emial' in index of table 't'",
                "unknown column 'parent' in a foreign key of table 't'",
                "unknown column 'gone' in trigger 'touch' of table 't'");
        assertThat(found.get(0).hint()).isEqualTo("did you mean 'id'?");
        assertThat(found.get(2).hint()).isEqualTo("declare the column, or correct the name");
        assertThat(found.get(3).hint()).isEqualTo("did you mean 'email'?");
        assertPointsAt(found.get(3), model.core().tables().get(0).indexes().get(0).elements().get(1).span());
    }

    @Test
    void aForeignKeyToAnUnknownTableSuggestsTheClosestTable() {
        var model = schema()
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .table("purchase", t -> t.column("id", "bigint").primaryKey("id")
                        .column("customer_id", "bigint")
                        .foreignKey(List.of("customer_id"), "customers"))
                .build();

        var found = Findings.of(model).single("S1102");

        assertThat(found.message()).isEqualTo(
                "foreign key of table 'purchase' references unknown table 'customers'");
        assertThat(found.hint()).isEqualTo("did you mean 'customer'?");
        assertThat(Findings.of(model).codes()).containsExactly("S1102");
    }

    @Test
    void unknownReferencedColumnsAreReported() {
        var model = schema()
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .table("purchase", t -> t.column("id", "bigint").primaryKey("id")
                        .column("customer_id", "bigint")
                        .foreignKey(List.of("customer_id"), "customer", "ident"))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.single("S1101").message()).isEqualTo(
                "unknown column 'ident' in table 'customer', referenced by a foreign key of table 'purchase'");
        assertThat(findings.codes()).containsExactly("S1101");
    }

    @Test
    void sequenceOwnersMustExist() {
        var model = schema()
                .table("invoice", t -> t.column("id", "bigint").primaryKey("id"))
                .sequence("a", s -> s.ownedBy("invoices.id"))
                .sequence("b", s -> s.ownedBy("invoice.number"))
                .sequence("c", s -> s.ownedBy("invoice.id"))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.single("S1102").message()).isEqualTo(
                "sequence 'a' is owned by unknown table 'invoices'");
        assertThat(findings.single("S1101").message()).isEqualTo(
                "unknown column 'number' in 'owned by' of sequence 'b'");
    }

    @Test
    void viewKeysNameDeclaredViewColumns() {
        var model = schema()
                .facade("api", 1, f -> f.view("customers", v -> v.column("id", "bigint").key("idd")))
                .build();

        var found = Findings.of(model).single("S1103");

        assertThat(found.message()).isEqualTo(
                "key (idd) of view 'customers' names 'idd', which is not a column of the view");
        assertThat(found.hint()).isEqualTo("did you mean 'id'?");
    }

    @Test
    void aTriggerExecutesAParameterlessCoreFunctionReturningTrigger() {
        var model = schema()
                .function("returns_int", f -> f.returns("integer"))
                .function("with_args", f -> f.parameter("x", "text").returns("trigger"))
                .procedure("proc", p -> { })
                .table("t", t -> t.column("id", "bigint").primaryKey("id")
                        .trigger("a", "missing")
                        .trigger("b", "returns_int")
                        .trigger("c", "with_args")
                        .trigger("d", "proc"))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.withCode("S1104")).extracting(d -> d.message()).containsExactly(
                "trigger 'a' on table 't' executes unknown function 'missing'",
                "trigger 'd' on table 't' executes 'proc', which is a procedure");
        assertThat(findings.withCode("S1105")).extracting(d -> d.message()).containsExactly(
                "trigger 'b' on table 't' executes function 'returns_int', which does not return trigger",
                "trigger 'c' on table 't' executes function 'with_args', which takes parameters");
        assertNoteAt(findings.withCode("S1105").get(0), model.core().routines().get(0).span());
    }
}
