package dev.strata.compiler.testing;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic models for benchmarks and property tests, deterministically from a seed:
 * {@link #generate} makes a schema of N tables (an identity key, a foreign key to an earlier table, eight typed
 * columns with defaults and checks, two indexes) with a facade view over every fourth table; {@link #evolve}
 * changes a fraction of its tables the way a team would (columns added, dropped, renamed, retyped, defaults and
 * NOT NULL changed, indexes, checks and unique constraints added or dropped, tables added, renamed, dropped), only
 * in ways the planner accepts: released facade interfaces stay as they are.
 */
public final class SchemaGenerator {

    private static final String[] TYPES = {"text", "integer", "bigint", "numeric", "boolean", "timestamptz",
        "date", "jsonb", "uuid", "varchar"};

    private final Random random;

    private SchemaGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A schema of {@code tables} tables, the same for the same seed. */
    public static Model generate(int tables, long seed) {
        return new SchemaGenerator(seed).model(tables);
    }

    /** The model with about {@code fraction} of its tables changed (at least one), the same for the same seed. */
    public static Model evolve(Model model, double fraction, long seed) {
        return new SchemaGenerator(seed).changed(model, fraction);
    }

    // ------------------------------------------------------------------------------------------ generate

    private Model model(int count) {
        var tables = new ArrayList<Table>();
        for (int t = 0; t < count; t++) {
            tables.add(table("t" + t, t == 0 ? null : "t" + random.nextInt(t)));
        }
        return new Model(core(tables), List.of(facade(tables)));
    }

    private static Core core(List<Table> tables) {
        return new Core(List.of(), List.of(), List.of(), List.of(), tables, List.of(), List.of());
    }

    private Table table(String name, String parent) {
        var columns = new ArrayList<ColumnBuilder>();
        columns.add(column("id", type("bigint"), true, null).withIdentity());
        columns.add(column("parent_id", type("bigint"), false, null));
        var checks = new ArrayList<Check>();
        for (int c = 0; c < 8; c++) {
            String typeName = TYPES[random.nextInt(TYPES.length)];
            String col = "c" + c;
            String defaultExpr = defaultFor(typeName);
            columns.add(column(col, type(typeName), random.nextInt(3) == 0, defaultExpr));
            if (typeName.equals("integer") && random.nextBoolean()) {
                checks.add(new Check(null, col, col + " >= 0", Span.NONE));
            }
        }
        var fks = new ArrayList<ForeignKey>();
        if (parent != null) {
            fks.add(new ForeignKey(null, List.of("parent_id"), parent, List.of("id"), ForeignKey.Action.CASCADE,
                    ForeignKey.Action.NO_ACTION, false, false, Span.NONE));
        }
        var indexes = new ArrayList<Index>();
        indexes.add(index(name + "_parent", "parent_id"));
        indexes.add(index(name + "_c0", "c0"));
        return new Table(name, columns.stream().map(ColumnBuilder::build).toList(),
                new PrimaryKey(null, List.of("id"), Span.NONE), List.of(), checks, fks, indexes, List.of(), List.of(), List.of(), null, null,
                Span.NONE);
    }

    private String defaultFor(String typeName) {
        if (random.nextInt(3) != 0) {
            return null;
        }
        return switch (typeName) {
            case "integer", "bigint", "numeric" -> "0";
            case "boolean" -> "false";
            case "timestamptz" -> "now()";
            case "text", "varchar" -> "''";
            default -> null;
        };
    }

    private static TypeRef type(String name) {
        return switch (name) {
            case "numeric" -> new TypeRef("numeric", List.of("12", "2"), 0, Span.NONE);
            case "varchar" -> new TypeRef("varchar", List.of("64"), 0, Span.NONE);
            default -> TypeRef.of(name);
        };
    }

    private static Index index(String name, String column) {
        return new Index(name, false, null, List.of(new Index.IndexElement(column, null, null, null, null, null,
                Span.NONE)), List.of(), false, null, Span.NONE);
    }

    /** Version 1 of facade {@code api}: a view over every fourth table, reading only its key. */
    private static Facade facade(List<Table> tables) {
        var views = new ArrayList<View>();
        var grants = new ArrayList<Grant>();
        for (int t = 0; t < tables.size(); t += 4) {
            views.add(facadeView(tables.get(t).name()));
            grants.add(new Grant(List.of(Grant.Privilege.SELECT), "v_" + tables.get(t).name(), List.of("api_reader"),
                    Span.NONE));
        }
        return new Facade("api", 1, views, List.of(), grants, Span.NONE);
    }

    private static View facadeView(String table) {
        return new View("v_" + table, false, List.of(new ViewColumn("id", TypeRef.of("bigint"), true, null, Span.NONE)),
                List.of(), "select id from core." + table, null, Span.NONE);
    }

    // -------------------------------------------------------------------------------------------- evolve

    private Model changed(Model model, double fraction) {
        var tables = new ArrayList<>(model.core().tables());
        var facade = model.facades().get(0);
        var viewed = new java.util.HashSet<String>();
        facade.views().forEach(v -> viewed.add(v.name().substring(2)));
        int changes = Math.max(1, (int) Math.round(tables.size() * fraction));
        var renamedViews = new java.util.HashMap<String, String>();
        var touched = new java.util.HashSet<String>();
        for (int i = 0; i < changes && !tables.isEmpty(); i++) {
            int at = random.nextInt(tables.size());
            Table table = tables.get(at);
            if (!touched.add(table.name())) {
                continue;
            }
            int kind = random.nextInt(14);
            if (kind == 0 && !viewed.contains(table.name()) && !referenced(tables, table.name())) {
                tables.remove(at);
                continue;
            }
            if (kind == 1) {
                String name = table.name() + "_r";
                touched.add(name);
                tables.set(at, renameTable(table, name));
                retarget(tables, table.name(), name);
                if (viewed.contains(table.name())) {
                    renamedViews.put(table.name(), name);
                }
                continue;
            }
            if (kind == 2) {
                String name = "n" + tables.size() + "_" + random.nextInt(1000);
                touched.add(name);
                tables.add(table(name, table.name()));
                continue;
            }
            tables.set(at, changeTable(table, kind));
        }
        var views = facade.views().stream().map(v -> {
            String table = v.name().substring(2);
            String now = renamedViews.get(table);
            return now == null ? v : new View(v.name(), false, v.columns(), v.keys(), "select id from core." + now,
                    null, Span.NONE);
        }).toList();
        var newFacade = new Facade(facade.name(), facade.version(), views, facade.routines(), facade.grants(),
                Span.NONE);
        return new Model(core(tables), List.of(newFacade));
    }

    private static boolean referenced(List<Table> tables, String name) {
        return tables.stream().anyMatch(t -> t.foreignKeys().stream().anyMatch(f -> f.refTable().equals(name)));
    }

    private static void retarget(List<Table> tables, String from, String to) {
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            var fks = t.foreignKeys().stream().map(f -> f.refTable().equals(from)
                    ? new ForeignKey(f.name(), f.columns(), to, f.refColumns(), f.onDelete(), f.onUpdate(),
                    f.deferrable(), f.initiallyDeferred(), f.notValid(), f.matchFull(), f.span()) : f).toList();
            tables.set(i, new Table(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.checks(), fks, t.indexes(),
                    t.triggers(), t.rowSecurity(), t.policies(), t.comment(), t.renamedFrom(),
                    t.span()));
        }
    }

    private static Table renameTable(Table t, String name) {
        return new Table(name, t.columns(), t.primaryKey(), t.uniques(), t.checks(), t.foreignKeys(), t.indexes(),
                t.triggers(), t.rowSecurity(), t.policies(), t.comment(), t.name(), t.span());
    }

    private Table changeTable(Table t, int kind) {
        var columns = new ArrayList<>(t.columns());
        var checks = new ArrayList<>(t.checks());
        var indexes = new ArrayList<>(t.indexes());
        var uniques = new ArrayList<>(t.uniques());
        String comment = t.comment();
        var free = new ArrayList<Integer>();
        for (int i = 2; i < columns.size(); i++) {
            free.add(i);
        }
        int pick = free.isEmpty() ? -1 : free.get(random.nextInt(free.size()));
        Column c = pick < 0 ? null : columns.get(pick);
        boolean used = c != null && (mentioned(checks, indexes, uniques, c.name()));
        switch (kind) {
            case 3 -> columns.add(column("x" + random.nextInt(100000), type(TYPES[random.nextInt(TYPES.length)]),
                    random.nextBoolean(), random.nextBoolean() ? null : "null").withNullDefaultFixed().build());
            case 4 -> {
                if (c != null && !used) {
                    columns.remove(pick);
                }
            }
            case 5 -> {
                if (c != null && !used) {
                    columns.set(pick, new Column(c.name() + "_n", c.type(), c.notNull(), c.defaultExpr(), null,
                            null, null, c.comment(), c.name(), null, Span.NONE));
                }
            }
            case 6 -> {
                if (c != null) {
                    columns.set(pick, retype(c));
                }
            }
            case 7 -> {
                if (c != null) {
                    columns.set(pick, new Column(c.name(), c.type(), !c.notNull(), c.defaultExpr(), null, null, null,
                            c.comment(), null, null, Span.NONE));
                }
            }
            case 8 -> {
                if (c != null) {
                    String d = defaultOf(c.type().name());
                    columns.set(pick, new Column(c.name(), c.type(), c.notNull(),
                            java.util.Objects.equals(c.defaultExpr(), d) ? null : d, null, null, null, c.comment(),
                            null, null, Span.NONE));
                }
            }
            case 9 -> {
                if (c != null) {
                    indexes.add(index(t.name() + "_" + c.name() + "_i" + random.nextInt(100), c.name()));
                }
            }
            case 10 -> {
                if (!indexes.isEmpty()) {
                    indexes.remove(random.nextInt(indexes.size()));
                }
            }
            case 11 -> {
                if (!checks.isEmpty()) {
                    checks.remove(random.nextInt(checks.size()));
                } else if (c != null) {
                    checks.add(new Check(null, c.name(), c.name() + " is not null or id > 0", Span.NONE));
                }
            }
            case 12 -> {
                if (c != null && uniques.isEmpty()) {
                    uniques.add(new UniqueConstraint(null, List.of(c.name()), false, Span.NONE));
                } else if (!uniques.isEmpty()) {
                    uniques.clear();
                }
            }
            default -> comment = comment == null ? "changed " + random.nextInt(100) : null;
        }
        return new Table(t.name(), columns, t.primaryKey(), uniques, checks, t.foreignKeys(), indexes, t.triggers(),
                t.rowSecurity(), t.policies(), comment, null, t.span());
    }

    private static boolean mentioned(List<Check> checks, List<Index> indexes, List<UniqueConstraint> uniques,
                                     String column) {
        return checks.stream().anyMatch(ch -> column.equals(ch.column()) || ch.expression().contains(column))
                || indexes.stream().anyMatch(i -> i.elements().stream().anyMatch(e -> column.equals(e.column())))
                || uniques.stream().anyMatch(u -> u.columns().contains(column));
    }

    private static String defaultOf(String typeName) {
        return switch (typeName) {
            case "integer", "bigint", "numeric" -> "1";
            case "boolean" -> "true";
            case "timestamptz", "date" -> "now()";
            case "text", "varchar" -> "'x'";
            default -> null;
        };
    }

    /** A type change the planner can always reverse: widenings, and narrowings with a conversion both ways. */
    private Column retype(Column c) {
        String name = c.type().name();
        TypeRef to;
        TypeChange conversion = null;
        switch (name) {
            case "integer" -> to = TypeRef.of("bigint");
            case "bigint" -> {
                to = TypeRef.of("integer");
                conversion = new TypeChange(c.name() + "::integer", c.name() + "::bigint", false, Span.NONE);
            }
            case "varchar" -> to = new TypeRef("varchar", List.of("128"), 0, Span.NONE);
            case "numeric" -> to = new TypeRef("numeric", List.of("14", "2"), 0, Span.NONE);
            case "text" -> to = new TypeRef("varchar", List.of("200"), 0, Span.NONE);
            case "date" -> to = TypeRef.of("timestamptz");
            default -> {
                return c;
            }
        }
        // a default written for the old type may not suit the new one
        return new Column(c.name(), to, c.notNull(), null, null, null, null, c.comment(), null, conversion,
                Span.NONE);
    }

    // ---------------------------------------------------------------------------------------- columns

    private static ColumnBuilder column(String name, TypeRef type, boolean notNull, String defaultExpr) {
        return new ColumnBuilder(name, type, notNull, defaultExpr);
    }

    /** A small builder for the column variants the generator makes. */
    private static final class ColumnBuilder {
        private final String name;
        private final TypeRef type;
        private final boolean notNull;
        private String defaultExpr;
        private Identity identity;

        ColumnBuilder(String name, TypeRef type, boolean notNull, String defaultExpr) {
            this.name = name;
            this.type = type;
            this.notNull = notNull;
            this.defaultExpr = defaultExpr;
        }

        ColumnBuilder withIdentity() {
            identity = Identity.ALWAYS;
            return this;
        }

        ColumnBuilder withNullDefaultFixed() {
            if ("null".equals(defaultExpr)) {
                defaultExpr = defaultOf(type.name());
            }
            return this;
        }

        Column build() {
            boolean required = notNull || identity != null;
            // a new NOT NULL column needs a default to be added to a table with rows
            String value = required && identity == null && defaultExpr == null ? defaultOf(type.name()) : defaultExpr;
            boolean keepNotNull = required && (identity != null || value != null);
            return new Column(name, type, keepNotNull, value, identity, null, null, null, null, null, Span.NONE);
        }
    }
}
