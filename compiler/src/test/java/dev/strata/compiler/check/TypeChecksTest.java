package dev.strata.compiler.check;

import static dev.strata.compiler.check.Findings.assertPointsAt;
import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeChecksTest {

    @Test
    void unknownTypesAreReportedEverywhereWithTheClosestKnownName() {
        var model = schema()
                .enumType("order_status", "placed", "paid")
                .domain("email", "txt")
                .table("t", t -> t.column("id", "bigint").primaryKey("id")
                        .column("status", "order_stat")
                        .column("total", "numerc(12,2)")
                        .column("tags", "strng[]"))
                .facade("api", 1, f -> f
                        .view("v", v -> v.column("at", "timestampz"))
                        .function("f", r -> r.parameter("x", "integr").returns("bolean")))
                .build();

        var found = Findings.of(model).withCode("S1301");

        assertThat(found).extracting(d -> d.message() + " / " + d.hint()).containsExactly(
                "unknown type 'txt' in domain 'email' / did you mean 'text'?",
                "unknown type 'order_stat' in column 't.status' / did you mean 'order_status'?",
                "unknown type 'numerc' in column 't.total' / did you mean 'numeric'?",
                "unknown type 'strng' in column 't.tags' / use a built-in type, or declare an enum or domain named"
                        + " 'strng'",
                "unknown type 'timestampz' in column 'at' of view 'v' / did you mean 'timestamptz'?",
                "unknown type 'integr' in parameter 'x' of function 'f' / did you mean 'integer'?",
                "unknown type 'bolean' in the return type of function 'f' / did you mean 'boolean'?");
        assertPointsAt(found.get(1), model.core().tables().get(0).columns().get(1).type().span());
    }

    @Test
    void extensionTypesAreKnownOnceTheExtensionIsDeclared() {
        var without = schema().table("t", t -> t.column("id", "bigint").primaryKey("id").column("h", "hstore"))
                .build();
        var with = schema().extension("hstore")
                .table("t", t -> t.column("id", "bigint").primaryKey("id").column("h", "hstore"))
                .build();

        assertThat(Findings.of(without).single("S1301").hint())
                .isEqualTo("'hstore' comes with an extension: declare 'extension hstore' in a core block");
        assertThat(Findings.of(with).all()).isEmpty();
    }

    @Test
    void rowTypesOfTablesAndOfTheFacadesOwnViewsAreKnown() {
        var model = schema()
                .table("customer", t -> t.column("id", "bigint").primaryKey("id"))
                .function("first_customer", f -> f.returns("customer"))
                .facade("api", 1, f -> f
                        .view("customers", v -> v.column("id", "bigint"))
                        .function("all_customers", r -> r.returns("customers")))
                .facade("api", 2, f -> f.function("all_customers", r -> r.returns("customers")))
                .build();

        var found = Findings.of(model).single("S1301");

        assertThat(found.message()).isEqualTo("unknown type 'customers' in the return type of function"
                + " 'all_customers'");
    }

    @Test
    void sequencesCountInIntegerTypes() {
        var model = schema()
                .sequence("a", s -> s.as("bigin"))
                .sequence("b", s -> s.as("numeric"))
                .sequence("c", s -> s.as("int4"))
                .build();

        assertThat(Findings.of(model).withCode("S1302")).extracting(d -> d.message() + " / " + d.hint())
                .containsExactly(
                        "sequence 'a' cannot count in bigin / did you mean 'bigint'?",
                        "sequence 'b' cannot count in numeric / use 'as smallint', 'as integer' or 'as bigint'");
    }

    @Test
    void identityNeedsAnIntegerColumnAndExcludesOtherValueSources() {
        var model = schema()
                .table("t", t -> t
                        .column("id", "numeric", c -> c.identity())
                        .column("n", "bigint", c -> c.identity().defaultValue("0"))
                        .column("g", "bigint", c -> c.generated("(n * 2)").defaultValue("0"))
                        .column("s", "serial", c -> c.defaultValue("1").generated("(n)"))
                        .primaryKey("id"))
                .build();

        var findings = Findings.of(model);

        assertThat(findings.single("S1303").message()).isEqualTo(
                "identity column 't.id' has type numeric; identity needs smallint, integer or bigint");
        assertThat(findings.withCode("S1304")).extracting(d -> d.message()).containsExactly(
                "column 't.n' has an identity and a default; PostgreSQL allows only one of them",
                "column 't.g' has a generation expression and a default; PostgreSQL allows only one of them",
                "column 't.s' has a serial type, a generation expression and a default; PostgreSQL allows only one"
                        + " of them");
    }

    @Test
    void pseudoTypesOnlyAppearWhereFunctionsAllowThem() {
        var model = schema()
                .domain("d", "record")
                .table("t", t -> t.column("id", "bigint").primaryKey("id").column("x", "trigger"))
                .function("ok", f -> f.parameter("v", "anyelement").returns("void"))
                .function("bad", f -> f.parameter("v", "void").returns("trigger"))
                .build();

        assertThat(Findings.of(model).withCode("S1305")).extracting(d -> d.message()).containsExactly(
                "domain 'd' cannot have pseudo-type 'record'",
                "column 't.x' cannot have pseudo-type 'trigger'",
                "parameter 'v' of function 'bad' cannot have pseudo-type 'void'");
    }

    @Test
    void serialOnlyWorksAsAPlainTableColumnType() {
        var model = schema()
                .domain("counter", "serial")
                .table("t", t -> t.column("id", "serial").primaryKey("id").column("many", "bigserial[]"))
                .build();

        assertThat(Findings.of(model).withCode("S1306")).extracting(d -> d.message()).containsExactly(
                "'serial' is not a type and cannot be used in domain 'counter'",
                "'bigserial[]' is not a type and cannot be used in column 't.many'");
    }

    @Test
    void domainsCannotBeBuiltOnThemselves() {
        var model = schema()
                .domain("a", "b")
                .domain("b", "c")
                .domain("c", "a")
                .domain("self", "self[]")
                .domain("fine", "a")
                .build();

        assertThat(Findings.of(model).withCode("S1307")).extracting(d -> d.message()).containsExactly(
                "domain 'a' is built on itself: a -> b -> c -> a",
                "domain 'self' is built on itself: self -> self");
    }
}
