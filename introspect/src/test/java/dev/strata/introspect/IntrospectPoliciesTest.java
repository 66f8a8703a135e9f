package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.Policy.Command;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Row level security read from a live database: a table with it enabled and forced and two policies is imported
 * with them, its sources print and parse back to the same model, and planning that model from nothing on a
 * fresh database gives the same pg_policy rows.
 */
@Tag("introspection")
class IntrospectPoliciesTest {

    private static final String SCHEMA = """
            DO $$ BEGIN CREATE ROLE rls_import_reader NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            DO $$ BEGIN CREATE ROLE rls_import_writer NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE TABLE document (id bigint PRIMARY KEY, owner name NOT NULL DEFAULT current_user,
                                   public boolean NOT NULL DEFAULT false);
            ALTER TABLE document ENABLE ROW LEVEL SECURITY;
            ALTER TABLE document FORCE ROW LEVEL SECURITY;
            CREATE POLICY document_read ON document FOR SELECT TO rls_import_writer, rls_import_reader
                USING (public OR owner = current_user);
            CREATE POLICY document_write ON document AS RESTRICTIVE FOR UPDATE
                USING (owner = current_user) WITH CHECK (owner = current_user);
            CREATE TABLE plain (id integer PRIMARY KEY);
            """;

    @Test
    void rowSecurityAndPoliciesAreImportedPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("policies", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var document = model.core().table("document").orElseThrow();
        assertThat(document.rowSecurityEnabled()).isTrue();
        assertThat(document.rowSecurityForced()).isTrue();
        assertThat(document.policies()).containsExactly(
                new Policy("document_read", true, Command.SELECT, List.of("rls_import_reader", "rls_import_writer"),
                        "public OR (owner = CURRENT_USER)", null, Span.NONE),
                new Policy("document_write", false, Command.UPDATE, List.of(),
                        "owner = CURRENT_USER", "owner = CURRENT_USER", Span.NONE));
        var plain = model.core().table("plain").orElseThrow();
        assertThat(plain.rowSecurityEnabled()).isFalse();
        assertThat(plain.policies()).isEmpty();
        assertThat(result.unsupported()).extracting(Unsupported::kind).doesNotContain("policy");
        assertThat(result.unsupported()).noneMatch(u -> u.reason().contains("ROW LEVEL SECURITY"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString())
                .contains("enable row level security", "force row level security",
                        "policy document_read for select to rls_import_reader, rls_import_writer using (public OR"
                                + " (owner = CURRENT_USER))",
                        "policy document_write as restrictive for update using (owner = CURRENT_USER) with check"
                                + " (owner = CURRENT_USER)");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "policies_planned");
        assertThat(policyRows(fresh)).isEqualTo(policyRows(url)).hasSize(2);
        assertThat(rowSecurity(fresh)).isEqualTo(rowSecurity(url)).containsExactly("document true true",
                "plain false false");
    }

    private static List<String> policyRows(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || p.polname || ' ' || p.polpermissive || ' ' || p.polcmd::text || ' '
                       || array_to_string(ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END
                                                FROM unnest(p.polroles) AS r ORDER BY 1), ',') || ' '
                       || coalesce(pg_get_expr(p.polqual, p.polrelid), '-') || ' '
                       || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '-')
                FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid ORDER BY 1
                """);
    }

    private static List<String> rowSecurity(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || c.relrowsecurity || ' ' || c.relforcerowsecurity
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND c.relkind = 'r' ORDER BY 1
                """);
    }
}
