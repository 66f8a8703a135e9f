package dev.strata.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.TestSupport;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSnapshotTest {

    private static void run(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void describesTheSchemasAndDiffsInReadableLines() throws Exception {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("snapshot"))) {
            run(c, """
                    create schema app;
                    create type app.mood as enum ('happy', 'sad');
                    create table app.person (id bigint generated always as identity primary key,
                        name text not null default 'x', mood app.mood);
                    comment on column app.person.name is 'Full name';
                    create index person_name on app.person (name);
                    create view app.names as select name from app.person;
                    create schema other;
                    create table other.ignored (id int);
                    """);
            var before = CatalogSnapshot.capture(c, List.of("app"));
            assertThat(before.entries()).containsKeys("schema app", "relation app.person", "column app.person.id",
                    "constraint app.person.person_pkey", "index app.person_name", "type app.mood",
                    "relation app.names");
            assertThat(before.entries().get("type app.mood")).isEqualTo("enum ('happy', 'sad')");
            assertThat(before.entries().get("column app.person.name"))
                    .isEqualTo("text; not null; default 'x'::text; comment=Full name");
            assertThat(before.entries().keySet()).noneMatch(k -> k.contains("other"));
            assertThat(CatalogSnapshot.capture(c, List.of("app"))).isEqualTo(before);

            run(c, "alter table app.person alter column name drop not null; alter type app.mood add value 'calm';"
                    + " drop index app.person_name; alter table app.person add column age int");
            var after = CatalogSnapshot.capture(c, List.of("app"));
            assertThat(before.diff(after)).containsExactly(
                    "+ column app.person.age: integer",
                    "~ column app.person.name: text; not null; default 'x'::text; comment=Full name  =>  "
                            + "text; default 'x'::text; comment=Full name",
                    "- index app.person_name: CREATE INDEX person_name ON app.person USING btree (name)",
                    "~ type app.mood: enum ('happy', 'sad')  =>  enum ('happy', 'sad', 'calm')");
        }
    }
}
