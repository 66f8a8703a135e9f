package dev.strata.compiler.check;

import static dev.strata.compiler.check.Findings.assertNoteAt;
import static dev.strata.compiler.check.Findings.assertPointsAt;
import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacadeChecksTest {

    @Test
    void aFacadeVersionIsDeclaredOnce() {
        var model = schema()
                .facade("api", 1, f -> f.view("a", v -> v.column("id", "bigint")))
                .facade("api", 2, f -> f.view("a", v -> v.column("id", "bigint")))
                .facade("api", 1, f -> f.view("b", v -> v.column("id", "bigint")))
                .build();

        var found = Findings.of(model).single("S1501");

        assertThat(found.message()).isEqualTo("facade api v1 is declared twice");
        assertPointsAt(found, model.facades().get(2).span());
        assertNoteAt(found, model.facades().get(0).span());
    }

    @Test
    void versionsCountFromOne() {
        var model = schema().facade("api", 0, f -> { }).build();

        assertThat(Findings.of(model).single("S1502").message())
                .isEqualTo("facade 'api' has version 0; versions count from 1");
    }

    @Test
    void grantsNameObjectsOfTheSameVersion() {
        var model = schema()
                .facade("api", 1, f -> f
                        .view("customers", v -> v.column("id", "bigint"))
                        .grant("select", "customers", "app"))
                .facade("api", 2, f -> f
                        .view("customer_list", v -> v.column("id", "bigint"))
                        .grant("select", "customers", "app")
                        .grant("select", "customer_lis", "app"))
                .build();

        assertThat(Findings.of(model).withCode("S1503")).extracting(d -> d.message() + " / " + d.hint())
                .containsExactly(
                        "grant on 'customers', which is not declared in api v2 / grants apply to the views,"
                                + " functions and procedures of the same facade version",
                        "grant on 'customer_lis', which is not declared in api v2 / did you mean 'customer_list'?");
    }

    @Test
    void privilegesMustApplyToTheObject() {
        var model = schema()
                .facade("api", 1, f -> f
                        .view("customers", v -> v.column("id", "bigint"))
                        .materializedView("totals", v -> v.column("sum", "numeric"))
                        .function("place_order", r -> r.returns("bigint"))
                        .procedure("archive", r -> { })
                        .grant("select, insert, execute", "customers", "app")
                        .grant("select, update", "totals", "app")
                        .grant("execute, select", "place_order", "app")
                        .grant("all", "archive", "app"))
                .build();

        assertThat(Findings.of(model).withCode("S1504")).extracting(d -> d.message()).containsExactly(
                "'execute' does not apply to view 'customers'",
                "'update' does not apply to materialized view 'totals'",
                "'select' does not apply to function 'place_order'");
    }

    @Test
    void materializedViewColumnsHaveNoDefaults() {
        var model = schema()
                .facade("api", 1, f -> f
                        .view("v", v -> v.columnWithDefault("status", "text", "'new'"))
                        .materializedView("m", v -> v.columnWithDefault("status", "text", "'new'")))
                .build();

        var found = Findings.of(model).single("S1505");

        assertThat(found.message()).isEqualTo("column 'status' of materialized view 'm' has a default");
        assertPointsAt(found, model.facades().get(0).views().get(1).columns().get(0).span());
    }
}
