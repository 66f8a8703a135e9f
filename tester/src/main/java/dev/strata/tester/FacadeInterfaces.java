package dev.strata.tester;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.plan.SqlScripts;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

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
            for (Facade facade : model.facades()) {
                for (View view : facade.views()) {
                    checkView(connection, facade, view, problems);
                }
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

    private static void checkView(Connection connection, Facade facade, View view, List<String> problems)
            throws SQLException {
        String object = view.kind() + " " + facade.schemaName() + "." + view.name();
        List<ColumnType> actual = columns(connection, Sql.qualified(facade.schemaName(), view.name()));
        if (actual.isEmpty()) {
            problems.add(object + " does not exist");
            return;
        }
        List<ColumnType> declared = declaredColumns(connection, view.columns().stream()
                .map(ViewColumn::name).toList(), view.columns().stream().map(ViewColumn::type).toList());
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
        String regprocedure = Sql.qualified(facade.schemaName(), routine.name()) + "(" + String.join(",", types)
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

    private static List<ColumnType> columns(Connection connection, String relation) throws SQLException {
        var columns = new ArrayList<ColumnType>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.attname,"
                + " CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END,"
                + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END,"
                + " format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
                + " WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
            statement.setString(1, relation);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new ColumnType(rows.getString(1), rows.getLong(2), rows.getInt(3), rows.getString(4)));
                }
            }
        }
        return columns;
    }

    /** The declared types as PostgreSQL resolves them, through a temporary table dropped by the caller's rollback. */
    private static List<ColumnType> declaredColumns(Connection connection, List<String> names, List<TypeRef> types)
            throws SQLException {
        String table = "strata_declared_interface";
        var create = Sql.of("CREATE TEMP TABLE").id(table).open();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                create.comma();
            }
            // the type as the model writes it in SQL
            create.id(names.get(i)).verbatim(types.get(i).sql());
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.of("DROP TABLE IF EXISTS").name("pg_temp", table).build());
            statement.execute(create.close().build());
        }
        return columns(connection, Sql.qualified("pg_temp", table));
    }
}
