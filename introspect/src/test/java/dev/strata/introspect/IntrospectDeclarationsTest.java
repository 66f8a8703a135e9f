package dev.strata.introspect;

import static dev.strata.introspect.Expected.check;
import static dev.strata.introspect.Expected.routine;
import static dev.strata.introspect.Expected.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Grant.Privilege;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Parameter.Mode;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Routine.Returns;
import dev.strata.compiler.model.Routine.RoutineKind;
import dev.strata.compiler.model.Routine.Security;
import dev.strata.compiler.model.Routine.Volatility;
import dev.strata.compiler.model.ViewColumn;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Extensions, domains, enums, core views and routines, and facade versions read from a live database. */
@Tag("introspection")
class IntrospectDeclarationsTest {

    @Test
    void extensionsInTheCoreSchemaDomainsAndEnums() throws Exception {
        String url = LiveDatabase.create("types", """
                CREATE SCHEMA core;
                SET search_path = core;
                CREATE EXTENSION citext SCHEMA core;
                CREATE EXTENSION pg_trgm SCHEMA public;
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
                COMMENT ON TYPE mood IS 'How it went';
                CREATE DOMAIN email AS citext CHECK (VALUE ~ '@');
                CREATE DOMAIN money_amount AS numeric(12,2) NOT NULL DEFAULT 0
                    CONSTRAINT non_negative CHECK (VALUE >= 0) CHECK (VALUE < 1000000);
                CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE BETWEEN 1901 AND 2155);
                CREATE DOMAIN "bıgınt" AS bigint;
                CREATE TABLE person (id bigint PRIMARY KEY, mail email, balance money_amount);
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var core = result.model().core();

        assertThat(core.extensions()).containsExactly(new Extension("citext", Span.NONE));
        assertThat(result.unsupported()).contains(new Unsupported("extension", "pg_trgm",
                "installed in schema public; Strata declares extensions in the core schema only"));
        assertThat(core.enums()).singleElement().satisfies(e -> {
            assertThat(e.labels()).containsExactly("sad", "meh", "ok", "happy");
            assertThat(e.comment()).isEqualTo("How it went");
        });
        assertThat(core.domains()).containsExactly(
                new Domain("bıgınt", type("bigint"), false, null, List.of(), null, Span.NONE),
                new Domain("email", type("citext"), false, null, List.of(check(null, null, "VALUE ~ '@'::citext")),
                        null, Span.NONE),
                new Domain("money_amount", type("numeric", "12", "2"), true, "0",
                        List.of(check(null, null, "VALUE < (1000000)::numeric"),
                                check("non_negative", null, "VALUE >= (0)::numeric")), null, Span.NONE),
                new Domain("year", type("integer"), false, null,
                        List.of(check(null, null, "(VALUE >= 1901) AND (VALUE <= 2155)")), null, Span.NONE));
    }

    @Test
    void coreViewsAndRoutines() throws Exception {
        String url = LiveDatabase.create("routines", """
                CREATE SCHEMA core;
                SET search_path = core;
                CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL, score numeric(5,2));
                CREATE VIEW active_customer AS SELECT id, email FROM customer WHERE score > 0;
                COMMENT ON VIEW active_customer IS 'Customers who scored';
                CREATE MATERIALIZED VIEW score_total AS SELECT sum(score) AS total FROM customer;
                CREATE FUNCTION score_of(customer_id bigint, fallback numeric DEFAULT 0) RETURNS numeric
                    LANGUAGE sql STABLE STRICT AS $$ SELECT coalesce(score, fallback) FROM customer WHERE id = customer_id $$;
                CREATE FUNCTION top(n integer) RETURNS TABLE (id bigint, email text)
                    LANGUAGE sql AS $$ SELECT id, email FROM customer ORDER BY score DESC LIMIT n $$;
                CREATE FUNCTION everyone() RETURNS SETOF customer LANGUAGE sql IMMUTABLE AS $$ SELECT * FROM customer $$;
                CREATE FUNCTION split(INOUT total numeric, OUT half numeric, VARIADIC parts integer[])
                    LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN half := total / 2; END $$;
                COMMENT ON FUNCTION split IS 'Halves';
                CREATE PROCEDURE reset_scores(IN to_value numeric) LANGUAGE sql AS $$ UPDATE customer SET score = to_value $$;
                """);
        var core = LiveDatabase.introspect(url, IntrospectionRequest.of("core")).model().core();

        assertThat(core.views()).hasSize(2);
        var view = core.views().get(0);
        assertThat(view.name()).isEqualTo("active_customer");
        assertThat(view.materialized()).isFalse();
        assertThat(view.comment()).isEqualTo("Customers who scored");
        assertThat(view.columns()).containsExactly(
                new ViewColumn("id", type("bigint"), false, null, Span.NONE),
                new ViewColumn("email", type("text"), false, null, Span.NONE));
        assertThat(view.body()).startsWith("SELECT").contains("FROM customer").doesNotContain("core.")
                .doesNotEndWith(";");
        var matview = core.views().get(1);
        assertThat(matview.materialized()).isTrue();
        assertThat(matview.columns()).containsExactly(new ViewColumn("total", type("numeric"), false, null, Span.NONE));

        assertThat(routine(core.routines(), "score_of")).isEqualTo(new Routine(RoutineKind.FUNCTION, "score_of",
                List.of(new Parameter("customer_id", null, type("bigint"), null, Span.NONE),
                        new Parameter("fallback", null, type("numeric"), "0", Span.NONE)),
                new Returns(type("numeric"), false, List.of(), Span.NONE), "sql", Volatility.STABLE, null, true,
                " SELECT coalesce(score, fallback) FROM customer WHERE id = customer_id ", null, Span.NONE));
        assertThat(routine(core.routines(), "top").returns()).isEqualTo(new Returns(null, false, List.of(
                new Parameter("id", null, type("bigint"), null, Span.NONE),
                new Parameter("email", null, type("text"), null, Span.NONE)), Span.NONE));
        assertThat(routine(core.routines(), "everyone").returns())
                .isEqualTo(new Returns(type("customer"), true, List.of(), Span.NONE));
        var split = routine(core.routines(), "split");
        assertThat(split.parameters()).containsExactly(
                new Parameter("total", Mode.INOUT, type("numeric"), null, Span.NONE),
                new Parameter("half", Mode.OUT, type("numeric"), null, Span.NONE),
                new Parameter("parts", Mode.VARIADIC, new dev.strata.compiler.model.TypeRef("integer", List.of(), 1,
                        Span.NONE), null, Span.NONE));
        assertThat(split.returns()).isEqualTo(new Returns(type("record"), false, List.of(), Span.NONE));
        assertThat(split.security()).isEqualTo(Security.DEFINER);
        assertThat(split.language()).isEqualTo("plpgsql");
        assertThat(split.comment()).isEqualTo("Halves");
        var reset = routine(core.routines(), "reset_scores");
        assertThat(reset.routineKind()).isEqualTo(RoutineKind.PROCEDURE);
        assertThat(reset.returns()).isNull();
        assertThat(reset.parameters()).containsExactly(new Parameter("to_value", null, type("numeric"), null, Span.NONE));
    }

    @Test
    void facadeVersionsWithViewsRoutinesAndGrants() throws Exception {
        String url = LiveDatabase.create("facades", """
                CREATE ROLE shop_app_fi; CREATE ROLE reporting_fi; CREATE ROLE admin_fi;
                CREATE SCHEMA core;
                CREATE SCHEMA shop_api_v1;
                CREATE SCHEMA api;
                CREATE TYPE core.status AS ENUM ('placed', 'paid');
                CREATE TABLE core.purchase (id bigint PRIMARY KEY, status core.status NOT NULL DEFAULT 'placed',
                                            total numeric(12,2));
                CREATE VIEW shop_api_v1.orders AS SELECT id, status, total FROM core.purchase;
                ALTER VIEW shop_api_v1.orders ALTER COLUMN status SET DEFAULT 'placed';
                CREATE FUNCTION shop_api_v1.place(total numeric, status core.status DEFAULT 'paid') RETURNS bigint
                    LANGUAGE sql AS $$ INSERT INTO core.purchase (id, total, status) VALUES (1, total, status) RETURNING id $$;
                GRANT SELECT, INSERT ON shop_api_v1.orders TO shop_app_fi, reporting_fi;
                GRANT ALL ON shop_api_v1.orders TO admin_fi;
                REVOKE ALL ON FUNCTION shop_api_v1.place(numeric, core.status) FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION shop_api_v1.place(numeric, core.status) TO shop_app_fi;
                CREATE FUNCTION core.helper() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
                GRANT EXECUTE ON FUNCTION core.helper() TO shop_app_fi;
                CREATE FUNCTION shop_api_v1.open() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
                CREATE VIEW api.totals AS SELECT sum(total) AS total FROM core.purchase;
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core", FacadeSchema.parse("shop_api_v1"),
                FacadeSchema.parse("api=reports:3"), FacadeSchema.parse("gone_v2")));
        var model = result.model();
        assertThat(result.unsupported()).as("PUBLIC executes core routines, not facade ones, as Strata plans them")
                .containsExactly(
                        new Unsupported("grant", "core.helper()", "EXECUTE to shop_app_fi: the Strata language grants"
                                + " privileges on facade objects only"),
                        new Unsupported("grant", "shop_api_v1.open()", "EXECUTE to PUBLIC: a facade grants to the"
                                + " roles it names only, so the plan revokes it"));

        assertThat(model.facades()).extracting(f -> f.name() + " v" + f.version())
                .containsExactly("shop_api v1", "reports v3");
        var v1 = model.facade("shop_api", 1).orElseThrow();
        var orders = v1.views().get(0);
        assertThat(orders.columns()).containsExactly(
                new ViewColumn("id", type("bigint"), false, null, Span.NONE),
                new ViewColumn("status", type("status"), false, "('placed'::core.status)", Span.NONE),
                new ViewColumn("total", type("numeric", "12", "2"), false, null, Span.NONE));
        assertThat(orders.body()).contains("FROM core.purchase");
        var place = routine(v1.routines(), "place");
        assertThat(place.parameters()).containsExactly(
                new Parameter("total", null, type("numeric"), null, Span.NONE),
                new Parameter("status", null, type("status"), "('paid'::core.status)", Span.NONE));
        assertThat(v1.grants()).containsExactly(
                new Grant(List.of(Privilege.ALL), "orders", List.of("admin_fi"), Span.NONE),
                new Grant(List.of(Privilege.SELECT, Privilege.INSERT), "orders", List.of("reporting_fi", "shop_app_fi"),
                        Span.NONE),
                new Grant(List.of(Privilege.EXECUTE), "place", List.of("shop_app_fi"), Span.NONE));
        assertThat(model.facade("reports", 3).orElseThrow().views()).extracting(v -> v.name())
                .containsExactly("totals");
    }
}
