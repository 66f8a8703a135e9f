package dev.strata.tester;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import dev.strata.engine.catalog.CatalogReader;
import dev.strata.engine.catalog.CatalogRows;
import dev.strata.engine.catalog.CatalogSession;
import dev.strata.engine.catalog.ColumnQuery;
import dev.strata.engine.catalog.TypeQuery;
import dev.strata.plan.SqlScripts;
import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares each facade object's declared interface with what PostgreSQL inferred from its body: a view's column
 * names, order and types; a function's existence under its declared signature and its result type. Declared types
 * are resolved by PostgreSQL itself (a temporary table with the declared columns, in a transaction that is rolled
 * back), so {@code int} and {@code integer}, or an enum named without its schema, compare equal. A type modifier
 * counts only when PostgreSQL inferred one: {@code sum(total)} is a {@code numeric} without precision. A domain
 * counts as its base type, and a binary-coercible body type ({@code varchar} for {@code text}) matches.
 */
final class FacadeInterfaces {

    private record ColumnType(String name, long type, int modifier, String display) {
    }

    private FacadeInterfaces() {
    }

    /** One line per mismatch, naming the facade object; empty when every interface matches. */
    static List<String> check(Connection connection, Model model, String coreSchema) throws SQLException {
        var problems = new ArrayList<String>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlScripts.searchPathSql(coreSchema, true));
            }
            var facadeSchemas = model.facades().stream().map(Facade::schemaName).distinct().toList();
            Relations actual = Relations.read(connection, facadeSchemas);
            var views = new ArrayList<View>();
            var schemas = new ArrayList<String>();
            for (Facade facade : model.facades()) {
                for (View view : facade.views()) {
                    if (actual.columns(facade.schemaName(), view.name()).isEmpty()) {
                        problems.add(view.kind() + " " + facade.schemaName() + "." + view.name() + " does not exist");
                    } else {
                        views.add(view);
                        schemas.add(facade.schemaName());
                    }
                }
            }
            List<List<ColumnType>> declared = declaredColumns(connection, views);
            for (int i = 0; i < views.size(); i++) {
                checkView(connection, schemas.get(i), views.get(i), actual.columns(schemas.get(i),
                        views.get(i).name()), declared.get(i), problems);
            }
            for (Facade facade : model.facades()) {
                for (Routine routine : facade.routines()) {
                    checkRoutine(connection, facade, routine, problems);
                }
            }
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
        return problems;
    }

    private static void checkView(Connection connection, String schema, View view, List<ColumnType> actual,
                                  List<ColumnType> declared, List<String> problems) throws SQLException {
        String object = view.kind() + " " + schema + "." + view.name();
        if (declared.size() != actual.size()) {
            problems.add(object + " declares " + declared.size() + " columns, PostgreSQL has " + actual.size());
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            ColumnType want = declared.get(i);
            ColumnType got = actual.get(i);
            if (!want.name().equals(got.name())) {
                problems.add(object + " column " + (i + 1) + " is declared " + want.name() + ", PostgreSQL has "
                        + got.name());
            } else if (!sameType(connection, want, got)) {
                problems.add(object + " column " + want.name() + " is declared " + want.display()
                        + " but its body gives " + got.display());
            }
        }
    }

    /**
     * Domains count as their base type; a body type that converts to the declared one without any work
     * ({@code varchar} to {@code text}: a binary-coercible cast) matches it.
     */
    private static boolean sameType(Connection connection, ColumnType want, ColumnType got) throws SQLException {
        if (want.type() != got.type()) {
            return binaryCoercible(connection, got.type(), want.type());
        }
        return want.modifier() < 0 || got.modifier() < 0 || want.modifier() == got.modifier();
    }

    private static boolean binaryCoercible(Connection connection, long from, long to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_cast"
                + " WHERE castsource = ?::oid AND casttarget = ?::oid AND castmethod = 'b')")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static void checkRoutine(Connection connection, Facade facade, Routine routine, List<String> problems)
            throws SQLException {
        String object = routine.kind() + " " + facade.schemaName() + "." + routine.signature();
        var types = routine.parameters().stream().filter(p -> p.mode() != Parameter.Mode.OUT)
                .map(p -> p.type().sql()).toList();
        String regprocedure = Identifiers.quote(facade.schemaName()) + "." + Identifiers.quote(routine.name()) + "(" + String.join(",", types)
                + ")";
        Long oid = null;
        Long returnType = null;
        boolean returnsSet = false;
        try (PreparedStatement statement = connection.prepareStatement("SELECT p.oid, p.prorettype, p.proretset"
                + " FROM pg_proc p WHERE p.oid = to_regprocedure(?)")) {
            statement.setString(1, regprocedure);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    oid = rows.getLong(1);
                    returnType = rows.getLong(2);
                    returnsSet = rows.getBoolean(3);
                }
            }
        }
        if (oid == null) {
            problems.add(object + " does not exist with its declared signature");
            return;
        }
        Routine.Returns returns = routine.returns();
        if (returns == null || returns.type() == null) {
            return;
        }
        ColumnType declared = resolvedType(connection, returns.type());
        if (declared.type() != returnType || returns.setOf() != returnsSet) {
            problems.add(object + " is declared to return " + (returns.setOf() ? "setof " : "") + declared.display()
                    + " but PostgreSQL has " + describeReturn(connection, oid));
        }
    }

    private static String describeReturn(Connection connection, long oid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_get_function_result(?::oid)")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static ColumnType resolvedType(Connection connection, TypeRef type) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT coalesce(to_regtype(?)::oid, 0),"
                + " coalesce(format_type(to_regtype(?), NULL), ?)")) {
            statement.setString(1, type.sql());
            statement.setString(2, type.sql());
            statement.setString(3, type.sql());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new ColumnType("result", rows.getLong(1), -1, rows.getString(2));
            }
        }
    }

    /**
     * The declared columns of each view as PostgreSQL resolves their types: one temporary table per view, dropped
     * by the caller's rollback, read back through the catalog reader.
     */
    private static List<List<ColumnType>> declaredColumns(Connection connection, List<View> views)
            throws SQLException {
        if (views.isEmpty()) {
            return List.of();
        }
        try (Statement statement = connection.createStatement()) {
            for (int v = 0; v < views.size(); v++) {
                var create = Sql.of("CREATE TEMP TABLE").id(DECLARED + v).open();
                var columns = views.get(v).columns();
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        create.comma();
                    }
                    // the type as the model writes it in SQL
                    create.id(columns.get(c).name()).verbatim(columns.get(c).type().sql());
                }
                statement.execute(Sql.of("DROP TABLE IF EXISTS").name("pg_temp", DECLARED + v).build());
                statement.execute(create.close().build());
            }
        }
        String temporary;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_my_temp_schema()::regnamespace::text")) {
            rows.next();
            temporary = rows.getString(1);
        }
        Relations tables = Relations.read(connection, List.of(temporary));
        var declared = new ArrayList<List<ColumnType>>();
        for (int v = 0; v < views.size(); v++) {
            declared.add(tables.columns(temporary, DECLARED + v));
        }
        return declared;
    }

    private static final String DECLARED = "strata_declared_interface_";

    /** The columns of the relations in some schemas, in column order, from one catalog read. */
    private record Relations(Map<String, List<ColumnType>> byName) {

        static Relations read(Connection connection, List<String> schemas) throws SQLException {
            CatalogRows rows;
            try (var session = CatalogSession.open(connection)) {
                rows = CatalogReader.read(session, schemas);
            }
            var types = new HashMap<Long, TypeQuery.Row>();
            rows.types().forEach(t -> types.put(t.oid(), t));
            var names = new HashMap<Long, String>();
            rows.relations().forEach(r -> names.put(r.oid(), r.schema() + "." + r.name()));
            var byName = new HashMap<String, List<ColumnType>>();
            rows.columns().stream().sorted(Comparator.comparingInt(ColumnQuery.Row::number)).forEach(c -> {
                String relation = names.get(c.relation());
                if (relation != null) {
                    var type = types.get(c.typeOid());
                    boolean domain = type != null && type.kind().equals("d");
                    byName.computeIfAbsent(relation, k -> new ArrayList<>()).add(new ColumnType(c.name(),
                            domain ? type.baseType() : c.typeOid(), domain ? type.baseTypmod() : c.typmod(),
                            c.typeText()));
                }
            });
            return new Relations(byName);
        }

        List<ColumnType> columns(String schema, String relation) {
            return byName.getOrDefault(schema + "." + relation, List.of());
        }
    }

}
