package dev.strata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, realistic Strata project for benchmarks: {@code tables} core tables of ten columns each (an
 * identity key, a foreign key to an earlier table, typed columns with defaults and checks, two indexes) and one
 * facade view per table, split over files of 100 tables. Deterministic for a given seed.
 *
 * <p>Run: {@code java -cp bench/target/strata-bench.jar dev.strata.bench.GeneratedSchema OUT_DIR [TABLES]}.
 */
public final class GeneratedSchema {

    private static final String[] TYPES = {"text", "integer", "bigint", "numeric(12,2)", "boolean", "timestamptz",
        "date", "jsonb", "uuid", "varchar(64)"};

    private GeneratedSchema() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GeneratedSchema OUT_DIR [TABLES]");
            System.exit(2);
        }
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        write(Path.of(args[0]), tables, 42);
    }

    /** Writes strata.toml and schema/*.strata under {@code dir}. */
    public static void write(Path dir, int tables, long seed) throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("strata.toml"),
                "[project]\nname = \"generated\"\nsource = \"schema\"\nmigrations = \"migrations\"\ncore_schema = \"core\"\n");
        var random = new Random(seed);
        for (int file = 0; file * 100 < tables; file++) {
            int from = file * 100;
            int to = Math.min(tables, from + 100);
            Files.writeString(dir.resolve("schema").resolve(String.format("core_%03d.strata", file)),
                    coreFile(from, to, random));
            Files.writeString(dir.resolve("schema").resolve(String.format("api_%03d.strata", file)),
                    facadeFile(file, from, to));
        }
    }

    /** The text of a core block declaring tables {@code from} (inclusive) to {@code to} (exclusive). */
    public static String coreFile(int from, int to, Random random) {
        var text = new StringBuilder("core {\n");
        for (int t = from; t < to; t++) {
            text.append("  table t").append(t).append(" {\n");
            text.append("    id bigint generated always as identity primary key\n");
            if (t > 0) {
                text.append("    parent_id bigint references t").append(random.nextInt(t))
                        .append(" (id) on delete cascade\n");
            } else {
                text.append("    parent_id bigint\n");
            }
            for (int c = 0; c < 8; c++) {
                String type = TYPES[(t + c) % TYPES.length];
                text.append("    c").append(c).append(' ').append(type);
                if (c % 3 == 0) {
                    text.append(" not null");
                }
                if (type.equals("integer") && c % 2 == 0) {
                    text.append(" default 0 check (c").append(c).append(" >= 0)");
                }
                if (type.equals("timestamptz")) {
                    text.append(" default now()");
                }
                text.append('\n');
            }
            text.append("    index t").append(t).append("_parent (parent_id)\n");
            text.append("    index t").append(t).append("_c0 (c0, c1 desc)\n");
            text.append("  }\n\n");
        }
        return text.append("}\n").toString();
    }

    /** A facade block with one view per table of the range. */
    public static String facadeFile(int file, int from, int to) {
        var text = new StringBuilder("facade api").append(file).append(" version 1 {\n");
        for (int t = from; t < to; t++) {
            text.append("  view v").append(t).append(" (id bigint not null, parent_id bigint, c0 ")
                    .append(TYPES[t % TYPES.length]).append(") key (id) as $$\n")
                    .append("    select id, parent_id, c0 from core.t").append(t).append("\n  $$\n");
            text.append("  grant select on v").append(t).append(" to api_reader\n");
        }
        return text.append("}\n").toString();
    }
}
