package dev.strata.compiler.check;

import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Severity;
import dev.strata.compiler.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableChecksTest {

    @Test
    void aTableWithoutPrimaryKeyIsAWarning() {
        var model = schema().table("log", t -> t.column("line", "text")).build();

        var found = Findings.of(model).single("S1701");

        assertThat(found.severity()).isEqualTo(Severity.WARNING);
        assertThat(found.message()).isEqualTo("table 'log' has no primary key");
    }

    @Test
    void indexMethodsMustExistAndSupportWhatTheIndexAsks() {
        var model = schema()
                .table("t", t -> t.column("id", "bigint").primaryKey("id").column("a", "text").column("b", "text")
                        .index(i -> i.name("i1").using("btre").on("a"))
                        .index(i -> i.name("i2").using("hnsw").on("a"))
                        .index(i -> i.name("i3").using("hash").unique().on("a", "b"))
                        .index(i -> i.name("i4").using("gin").on("a").include("b"))
                        .index(i -> i.name("i5").using("gist").onDescending("a"))
                        .index(i -> i.name("i6").using("brin").on("a", "b")))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.withCode("S1702")).extracting(d -> d.message() + " / " + d.hint()).containsExactly(
                "index 'i1' on table 't' uses unknown method 'btre' / did you mean 'btree'?",
                "index 'i2' on table 't' uses unknown method 'hnsw' / 'hnsw' comes with an extension: declare"
                        + " 'extension vector' in a core block");
        assertThat(findings.withCode("S1703")).extracting(d -> d.message()).containsExactly(
                "index 'i3' on table 't': method hash does not support unique indexes",
                "index 'i3' on table 't': method hash does not support more than one key",
                "index 'i4' on table 't': method gin does not support 'include'",
                "index 'i5' on table 't': method gist does not support ordered keys ('asc', 'desc', 'nulls"
                        + " first/last')");
    }

    @Test
    void extensionIndexMethodsAreKnownOnceDeclared() {
        var model = schema().extension("vector")
                .table("t", t -> t.column("id", "bigint").primaryKey("id").column("e", "vector(3)")
                        .index(i -> i.using("hnsw").on("e")))
                .build();

        assertThat(Findings.of(model).all()).isEmpty();
    }

    @Test
    void insteadOfAndRowLevelTruncateTriggersAreRejectedOnTables() {
        var model = schema()
                .function("f", f -> f.returns("trigger"))
                .table("t", t -> t.column("id", "bigint").primaryKey("id")
                        .trigger("a", Trigger.Timing.INSTEAD_OF, List.of(Trigger.Event.INSERT), List.of(), true, "f")
                        .trigger("b", Trigger.Timing.AFTER, List.of(Trigger.Event.TRUNCATE), List.of(), true, "f")
                        .trigger("c", Trigger.Timing.AFTER, List.of(Trigger.Event.TRUNCATE), List.of(), false, "f"))
                .build();

        assertThat(Findings.of(model).withCode("S1704")).extracting(d -> d.message()).containsExactly(
                "trigger 'a' on table 't' is 'instead of', which only views can have",
                "trigger 'b' on table 't' fires on truncate for each row");
    }

    @Test
    void sequenceNumbersMustFitTogether() {
        var model = schema()
                .sequence("zero", s -> s.increment(0))
                .sequence("bounds", s -> s.minValue(10).maxValue(5))
                .sequence("small", s -> s.as("smallint").maxValue(40000))
                .sequence("early", s -> s.minValue(100).start(1))
                .sequence("down", s -> s.increment(-1).start(5))
                .sequence("cache", s -> s.cache(0))
                .sequence("fine_down", s -> s.increment(-1))
                .sequence("fine", s -> s.as("integer").start(1000).minValue(1).maxValue(99999).cache(10))
                .build();

        assertThat(Findings.of(model).withCode("S1705")).extracting(d -> d.message()).containsExactly(
                "sequence 'zero': increment must not be zero",
                "sequence 'bounds': minvalue 10 must be less than maxvalue 5",
                "sequence 'small': maxvalue 40000 is out of range for smallint",
                "sequence 'early': start 1 is less than minvalue 100",
                "sequence 'down': start 5 is greater than maxvalue -1",
                "sequence 'cache': cache must be at least 1, not 0");
    }
}
