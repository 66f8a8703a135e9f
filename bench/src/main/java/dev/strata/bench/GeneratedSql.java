package dev.strata.bench;

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

    private static final String[] TYPES = {"text", "integer", "bigint", "numeric(12,2)", "boolean", "timestamptz",
        "date", "jsonb", "uuid", "varchar(64)"};

    private GeneratedSql() {
    }

    /** Statements in batches of 100 tables, each batch one string to execute. */
    static List<String> batches(int tables, long seed) {
        var random = new Random(seed);
        var batches = new ArrayList<String>();
        var sql = new StringBuilder("""
                DO $$ BEGIN CREATE ROLE api_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                CREATE SCHEMA core;
                """);
        for (int file = 0; file * 100 < tables; file++) {
            sql.append("CREATE SCHEMA api").append(file).append("_v1;\n");
            int from = file * 100;
            int to = Math.min(tables, from + 100);
            for (int t = from; t < to; t++) {
                table(sql, t, random);
                sql.append("CREATE VIEW api").append(file).append("_v1.v").append(t)
                        .append(" AS SELECT id, parent_id, c0 FROM core.t").append(t).append(";\n");
                sql.append("GRANT SELECT ON api").append(file).append("_v1.v").append(t).append(" TO api_reader;\n");
            }
            batches.add(sql.toString());
            sql.setLength(0);
        }
        return batches;
    }

    private static void table(StringBuilder sql, int t, Random random) {
        sql.append("CREATE TABLE core.t").append(t).append(" (\n");
        sql.append("  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n");
        if (t > 0) {
            sql.append("  parent_id bigint REFERENCES core.t").append(random.nextInt(t)).append(" (id) ON DELETE CASCADE");
        } else {
            sql.append("  parent_id bigint");
        }
        for (int c = 0; c < 8; c++) {
            String type = TYPES[(t + c) % TYPES.length];
            sql.append(",\n  c").append(c).append(' ').append(type);
            if (c % 3 == 0) {
                sql.append(" NOT NULL");
            }
            if (type.equals("integer") && c % 2 == 0) {
                sql.append(" DEFAULT 0 CHECK (c").append(c).append(" >= 0)");
            }
            if (type.equals("timestamptz")) {
                sql.append(" DEFAULT now()");
            }
        }
        sql.append("\n);\n");
        sql.append("CREATE INDEX t").append(t).append("_parent ON core.t").append(t).append(" (parent_id);\n");
        sql.append("CREATE INDEX t").append(t).append("_c0 ON core.t").append(t).append(" (c0, c1 DESC);\n");
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
