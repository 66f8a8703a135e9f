package dev.strata.bench;

import dev.strata.plan.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The schema {@link GeneratedSchema} describes, as plain SQL for a live database: {@code tables} core tables of ten
 * columns each (identity key, a foreign key to an earlier table, typed columns with defaults and checks, two
 * indexes) in schema {@code core}, and one view per table in facade schemas {@code api0_v1}, {@code api1_v1}, …
 * (100 per schema) with a grant to {@code api_reader}. Same seed, same shape.
 */
final class GeneratedSql {

    private static final String CORE = "core";
    private static final String READER = "api_reader";
    private static final String[] TYPES = {"text", "integer", "bigint", "numeric(12,2)", "boolean", "timestamptz",
        "date", "jsonb", "uuid", "varchar(64)"};

    private GeneratedSql() {
    }

    /** Statements in batches of 100 tables, each batch one string to execute. */
    static List<String> batches(int tables, long seed) {
        var random = new Random(seed);
        var batches = new ArrayList<String>();
        var sql = new StringBuilder();
        String createRole = Sql.of("BEGIN").verbatim(Sql.of("CREATE ROLE").id(READER).build())
                .kw("EXCEPTION WHEN duplicate_object THEN NULL; END").fragment();
        line(sql, Sql.of("DO").dollar(" " + createRole + " "));
        line(sql, Sql.of("CREATE SCHEMA").id(CORE));
        for (int file = 0; file * 100 < tables; file++) {
            String schema = "api" + file + "_v1";
            line(sql, Sql.of("CREATE SCHEMA").id(schema));
            int from = file * 100;
            int to = Math.min(tables, from + 100);
            for (int t = from; t < to; t++) {
                table(sql, t, random);
                line(sql, Sql.of("CREATE VIEW").name(schema, "v" + t).kw("AS SELECT")
                        .idList(List.of("id", "parent_id", "c0")).kw("FROM").name(CORE, "t" + t));
                line(sql, Sql.of("GRANT SELECT ON").name(schema, "v" + t).kw("TO").id(READER));
            }
            batches.add(sql.toString());
            sql.setLength(0);
        }
        return batches;
    }

    private static void line(StringBuilder sql, Sql statement) {
        sql.append(statement.build()).append('\n');
    }

    private static void table(StringBuilder sql, int t, Random random) {
        String table = "t" + t;
        var create = Sql.of("CREATE TABLE").name(CORE, table).kw("(").newline("  ").id("id")
                .kw("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY").comma().newline("  ").id("parent_id")
                .kw("bigint");
        if (t > 0) {
            create.kw("REFERENCES").name(CORE, "t" + random.nextInt(t)).ids(List.of("id")).kw("ON DELETE CASCADE");
        }
        for (int c = 0; c < 8; c++) {
            String type = TYPES[(t + c) % TYPES.length];
            String column = "c" + c;
            create.comma().newline("  ").id(column).kw(type);
            if (c % 3 == 0) {
                create.kw("NOT NULL");
            }
            if (type.equals("integer") && c % 2 == 0) {
                create.kw("DEFAULT 0 CHECK").open().id(column).kw(">= 0").close();
            }
            if (type.equals("timestamptz")) {
                create.kw("DEFAULT now()");
            }
        }
        line(sql, create.newline("").close());
        line(sql, Sql.of("CREATE INDEX").id(table + "_parent").kw("ON").name(CORE, table).ids(List.of("parent_id")));
        line(sql, Sql.of("CREATE INDEX").id(table + "_c0").kw("ON").name(CORE, table).open().id("c0").comma()
                .id("c1").kw("DESC").close());
    }

    /** The facade schemas the batches create. */
    static List<String> facadeSchemas(int tables) {
        var schemas = new ArrayList<String>();
        for (int file = 0; file * 100 < tables; file++) {
            schemas.add("api" + file + "_v1");
        }
        return schemas;
    }
}
