package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Trigger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Comments on constraints, triggers and sequences read from a live database (pg_description): imported as
 * {@code comment '…'} at the end of the constraint's, trigger's or sequence's line, printed, parsed back to the same
 * model and planned from nothing to the same pg_description rows. What the language does not comment is reported:
 * the comment on the index behind a key (COMMENT ON INDEX, not the constraint's), on an identity column's sequence
 * and on a domain's check.
 */
@Tag("introspection")
class IntrospectConstraintCommentsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            SET search_path = core;
            CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
              begin new.seen := now(); return new; end
            $$;
            CREATE SEQUENCE invoice_number START 1000;
            COMMENT ON SEQUENCE invoice_number IS 'Invoice numbers';
            CREATE SEQUENCE ticket_number;
            CREATE TABLE account (
              id bigint GENERATED ALWAYS AS IDENTITY,
              email text NOT NULL,
              seen timestamptz,
              during tstzrange,
              CONSTRAINT account_pkey PRIMARY KEY (id),
              UNIQUE (email),
              CHECK (email <> ''),
              CHECK (seen > '2000-01-01' AND email <> 'x'),
              EXCLUDE USING gist (during WITH &&)
            );
            COMMENT ON CONSTRAINT account_pkey ON account IS 'Account id';
            COMMENT ON CONSTRAINT account_email_key ON account IS 'One per address; it''s quoted';
            COMMENT ON CONSTRAINT account_email_check ON account IS 'Not empty';
            COMMENT ON CONSTRAINT account_check ON account IS 'Seen lately';
            COMMENT ON CONSTRAINT account_during_excl ON account IS 'No overlap';
            COMMENT ON INDEX account_email_key IS 'The index, not the constraint';
            COMMENT ON SEQUENCE account_id_seq IS 'The identity''s own sequence';
            CREATE TRIGGER account_touch BEFORE UPDATE ON account FOR EACH ROW EXECUTE FUNCTION touch();
            COMMENT ON TRIGGER account_touch ON account IS 'Keeps seen';
            CREATE TRIGGER account_touch_insert BEFORE INSERT ON account FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE TABLE visit (id bigint PRIMARY KEY, account_id bigint REFERENCES account);
            ALTER TABLE visit ADD CONSTRAINT visit_id_check CHECK (id > 0) NOT VALID;
            COMMENT ON CONSTRAINT visit_account_id_fkey ON visit IS 'Whose visit';
            COMMENT ON CONSTRAINT visit_id_check ON visit IS 'Positive, new rows only';
            CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
            COMMENT ON CONSTRAINT positive_check ON DOMAIN positive IS 'A domain''s check';
            """;

    /** The comments of the table constraints, triggers and sequences the import models. */
    private static final String COMMENTS = """
            SELECT 'constraint ' || c.relname || '.' || con.conname || ' ' || coalesce(d.description, '-')
                   || CASE WHEN con.convalidated THEN '' ELSE ' (not valid)' END
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass
            WHERE n.nspname = 'core' AND con.contype IN ('p', 'u', 'c', 'f', 'x')
            UNION ALL
            SELECT 'trigger ' || c.relname || '.' || t.tgname || ' ' || coalesce(d.description, '-')
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_trigger'::regclass
            WHERE n.nspname = 'core' AND NOT t.tgisinternal
            UNION ALL
            SELECT 'sequence ' || c.relname || ' ' || coalesce(d.description, '-')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = 'core' AND c.relkind = 'S' AND c.relname <> 'account_id_seq'
            ORDER BY 1
            """;

    @Test
    void commentsAreImportedPrintedAndPlannedBackToTheSameDescriptions() throws Exception {
        String url = LiveDatabase.create("constraint_comments", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();

        var account = model.core().table("account").orElseThrow();
        assertThat(account.primaryKey().comment()).isEqualTo("Account id");
        assertThat(account.uniques().get(0).comment()).isEqualTo("One per address; it's quoted");
        // a commented check with the column's default name is a table check that names itself
        assertThat(account.checks()).extracting(Check::name, Check::column, Check::comment).containsExactlyInAnyOrder(
                tuple("account_email_check", null, "Not empty"), tuple(null, null, "Seen lately"));
        assertThat(account.exclusions().get(0).comment()).isEqualTo("No overlap");
        assertThat(account.triggers()).extracting(Trigger::name, Trigger::comment).containsExactly(
                tuple("account_touch", "Keeps seen"), tuple("account_touch_insert", null));
        var visit = model.core().table("visit").orElseThrow();
        assertThat(visit.foreignKeys().get(0).comment()).isEqualTo("Whose visit");
        assertThat(visit.checks()).extracting(Check::name, Check::notValid, Check::comment)
                .containsExactly(tuple("visit_id_check", true, "Positive, new rows only"));
        assertThat(model.core().sequences()).extracting(Sequence::name, Sequence::comment).containsExactlyInAnyOrder(
                tuple("invoice_number", "Invoice numbers"), tuple("ticket_number", null));

        assertThat(result.unsupported()).filteredOn(u -> u.kind().endsWith("comment"))
                .extracting(Unsupported::kind, Unsupported::name).containsExactlyInAnyOrder(
                        tuple("constraint index comment", "core.account.account_email_key"),
                        tuple("sequence comment", "core.account_id_seq"),
                        tuple("constraint comment", "core.positive.positive_check"));

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains(
                "primary key (id) comment 'Account id'",
                "unique (email) comment 'One per address; it''s quoted'",
                "constraint account_email_check check (email <> ''::text) comment 'Not empty'",
                "exclude using gist (during with &&) comment 'No overlap'",
                "execute touch() comment 'Keeps seen'",
                "foreign key (account_id) references account (id) comment 'Whose visit'",
                "not valid comment 'Positive, new rows only'",
                "sequence invoice_number start 1000 comment 'Invoice numbers'");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(model.core());

        String fresh = LiveDatabase.plannedFromNothing(model, "constraint_comments_planned");
        assertThat(LiveDatabase.rows(fresh, COMMENTS)).isEqualTo(LiveDatabase.rows(url, COMMENTS)).contains(
                "constraint account.account_pkey Account id",
                "constraint account.account_email_key One per address; it's quoted",
                "constraint account.account_email_check Not empty",
                "constraint account.account_check Seen lately",
                "constraint account.account_during_excl No overlap",
                "constraint visit.visit_account_id_fkey Whose visit",
                "constraint visit.visit_id_check Positive, new rows only (not valid)",
                "constraint visit.visit_pkey -",
                "trigger account.account_touch Keeps seen",
                "trigger account.account_touch_insert -",
                "sequence invoice_number Invoice numbers",
                "sequence ticket_number -");
    }
}
