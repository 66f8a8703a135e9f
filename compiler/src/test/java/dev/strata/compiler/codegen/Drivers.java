package dev.strata.compiler.codegen;

import dev.strata.testkit.TestDatabases;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs methods of compiled driver classes (applications written against generated bindings). */
final class Drivers {

    private Drivers() {
    }

    static DataSource dataSource(String jdbcUrl) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl);
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** Calls a public static method by name, rethrowing what it throws. */
    static Object call(ClassLoader loader, String className, String methodName, Object... args) throws Throwable {
        Class<?> type = loader.loadClass(className);
        Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new AssertionError(className + " has no method " + methodName));
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Connections to the database other than the caller's: what a call left open. A closed connection's backend
     * leaves pg_stat_activity shortly after the close, so this waits up to five seconds for the count to drop.
     */
    static int openConnections(String jdbcUrl) throws SQLException, InterruptedException {
        int open = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            open = countOthers(jdbcUrl);
            if (open == 0) {
                return 0;
            }
            Thread.sleep(100);
        }
        return open;
    }

    private static int countOthers(String jdbcUrl) throws SQLException {
        try (var connection = TestDatabases.connect(jdbcUrl); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
