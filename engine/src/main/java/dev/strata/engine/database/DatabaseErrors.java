package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns PostgreSQL and driver errors met while connecting or reading state into one paragraph a person can act on:
 * what went wrong, with which target, and what to do next.
 */
public final class DatabaseErrors {

    public static final String INVALID_PASSWORD = "28P01";
    public static final String INVALID_AUTHORIZATION = "28000";
    public static final String INVALID_CATALOG = "3D000";
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private DatabaseErrors() {
    }

    public static Problem translate(SQLException e, Target target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        switch (state) {
            case INVALID_PASSWORD:
                return wrongPassword(target);
            case INVALID_AUTHORIZATION:
                return new Problem(ProblemKind.CONNECTION, "The server refused the login of " + target.display() + ".",
                        "PostgreSQL said: " + firstLine(e) + ". Its pg_hba.conf has no entry that lets user '"
                                + target.effectiveUser() + "' connect to database '" + target.database()
                                + "' from this host; ask the server's administrator for access, or connect as a"
                                + " user that has it.");
            case INVALID_CATALOG:
                return new Problem(ProblemKind.CONNECTION, "Database '" + target.database() + "' does not exist on "
                        + target.host() + ":" + target.port() + ".",
                        "Create it (createdb " + target.database() + ", or CREATE DATABASE \"" + target.database()
                                + "\" as a user allowed to), or point the target at an existing database with --url,"
                                + " STRATA_URL, PGDATABASE or the [database] url in strata.toml.");
            case INSUFFICIENT_PRIVILEGE:
                return permissionDenied(e, target);
            default:
                break;
        }
        if (state.startsWith("08") || isNetworkFailure(e)) {
            return unreachable(target, firstLine(e));
        }
        return new Problem(ProblemKind.DATABASE, "PostgreSQL reported an error on " + target.display() + ".",
                "PostgreSQL said: " + firstLine(e) + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")") + ".");
    }

    public static Problem unreachable(Target target, String reason) {
        return new Problem(ProblemKind.CONNECTION, "Cannot reach PostgreSQL at " + target.host() + ":" + target.port()
                + ".", "The connection failed (" + reason + "). Check that the server is running and accepts TCP"
                + " connections on that host and port (listen_addresses, firewall), and that the target is the one"
                + " you meant: it came from " + target.origin() + ". Without any target configured, Strata uses an"
                + " embedded server in the project (or ask for it with --embedded).");
    }

    private static Problem wrongPassword(Target target) {
        return new Problem(ProblemKind.CONNECTION, "Password authentication failed for user '"
                + target.effectiveUser() + "' on " + target.host() + ":" + target.port() + ".",
                "The server rejected the password (or the user does not exist). Check the password given by "
                        + target.origin() + (target.origin().equals("PG* variables") ? " (PGPASSWORD)" : "")
                        + " and the user name; with a URL, put them in it as"
                        + " jdbc:postgresql://HOST:PORT/DB?user=NAME&password=SECRET. Strata does not read"
                        + " ~/.pgpass.");
    }

    private static Problem permissionDenied(SQLException e, Target target) {
        return new Problem(ProblemKind.DATABASE, "Permission denied for user '" + target.effectiveUser() + "' on "
                + target.display() + ".",
                "PostgreSQL said: " + firstLine(e) + ". Strata keeps its state in the schemas strata and"
                        + " strata_backup and runs the plans' DDL, so the user needs CREATE on the database"
                        + " (GRANT CREATE ON DATABASE \"" + target.database() + "\" TO \"" + target.effectiveUser()
                        + "\") and ownership of the schemas the plans change; or run Strata as the owner of the"
                        + " application's schemas.");
    }

    private static boolean isNetworkFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
