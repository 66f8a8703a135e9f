package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns PostgreSQL and driver errors met while connecting or reading state into one paragraph a person can act on:
 * what went wrong, with which target (never its password), where the target came from, and what to do next. Each
 * way a connection fails has its own message: authentication failed, no password given, host unknown, connection
 * refused, timed out, no route, not a PostgreSQL server, TLS not offered, TLS failed, database missing, user
 * missing, no pg_hba.conf entry, no CONNECT privilege, no free connection slot, server starting or stopping.
 */
public final class DatabaseErrors {

    public static final String INVALID_PASSWORD = "28P01";
    public static final String INVALID_AUTHORIZATION = "28000";
    public static final String INVALID_CATALOG = "3D000";
    public static final String INSUFFICIENT_PRIVILEGE = "42501";
    public static final String LOCK_NOT_AVAILABLE = "55P03";
    public static final String TOO_MANY_CONNECTIONS = "53300";
    public static final String CANNOT_CONNECT_NOW = "57P03";
    /** pgjdbc's state for a connection property it cannot use ({@code connectTimeout=abc}). */
    public static final String INVALID_PARAMETER_VALUE = "22023";

    private static final String HOW_TO_GIVE_A_PASSWORD = "A password is given in the URL"
            + " (postgresql://USER:PASSWORD@HOST/DB, writing @ : / in it as %40 %3A %2F, or ?password=), by"
            + " PGPASSWORD when the PG* variables name the target, or by a line HOST:PORT:DATABASE:USER:PASSWORD in"
            + " ~/.pgpass (or the file PGPASSFILE names), which Strata reads when no password is given.";

    private DatabaseErrors() {
    }

    /** A failure to connect that did not come as an {@link SQLException} (a driver or pool error). */
    public static Problem connecting(Throwable failure, Target target) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return translate(sql, target);
            }
        }
        Problem network = network(failure, target);
        if (network != null) {
            return network;
        }
        return new Problem(ProblemKind.CONNECTION, "Cannot connect to " + target.display() + ".",
                "The JDBC driver said: " + firstLine(failure) + ". Check the target's URL and options; the target"
                        + " came from " + target.origin() + ".");
    }

    public static Problem translate(SQLException e, Target target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        switch (state) {
            case INVALID_PASSWORD:
                return wrongPassword(target);
            case INVALID_AUTHORIZATION:
                return loginRefused(e, target);
            case INVALID_CATALOG:
                return new Problem(ProblemKind.CONNECTION, "Database '" + target.database() + "' does not exist on "
                        + target.hosts() + ".",
                        "Create it (createdb " + target.database() + ", or CREATE DATABASE \"" + target.database()
                                + "\" as a user allowed to), or point the target at an existing database with --url,"
                                + " STRATA_URL, PGDATABASE or the [database] url in strata.toml (the target came"
                                + " from " + target.origin() + ").");
            case INSUFFICIENT_PRIVILEGE:
                if (message.contains("CONNECT privilege")) {
                    return new Problem(ProblemKind.CONNECTION, "User '" + target.effectiveUser() + "' may not"
                            + " connect to database '" + target.database() + "' on " + target.hosts() + ".",
                            "PostgreSQL said: " + firstLine(e) + ". Ask the database's owner for GRANT CONNECT ON"
                                    + " DATABASE \"" + target.database() + "\" TO \"" + target.effectiveUser()
                                    + "\", or connect as a user that has it.");
                }
                return permissionDenied(e, target);
            case TOO_MANY_CONNECTIONS:
                return new Problem(ProblemKind.CONNECTION, "PostgreSQL at " + target.hosts() + " has no free"
                        + " connection slot.", "PostgreSQL said: " + firstLine(e) + ". Too many sessions are open"
                        + " (max_connections); wait for some to end, close idle ones, or connect through a pooler.");
            case CANNOT_CONNECT_NOW:
                return new Problem(ProblemKind.CONNECTION, "PostgreSQL at " + target.hosts() + " is not accepting"
                        + " connections right now.", "PostgreSQL said: " + firstLine(e) + ". The server is starting"
                        + " up, shutting down or recovering; try again in a moment.");
            case INVALID_PARAMETER_VALUE:
                return driverRefusedOption(e, target);
            default:
                break;
        }
        if (message.contains("no password was provided")) {
            return noPassword(target);
        }
        if (message.startsWith("The server does not support SSL")) {
            return tlsNotOffered(target);
        }
        if (state.equals("08001") && e.getCause() == null && message.startsWith("Invalid ")) {
            return driverRefusedOption(e, target);
        }
        Problem network = network(e, target);
        if (network != null) {
            return network;
        }
        if (state.startsWith("08")) {
            return unreachable(target, firstLine(e));
        }
        return new Problem(ProblemKind.DATABASE, "PostgreSQL reported an error on " + target.display() + ".",
                "PostgreSQL said: " + firstLine(e) + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")") + ".");
    }

    /** The failures below PostgreSQL's protocol: names, sockets, TLS. Null when {@code e} is none of them. */
    private static Problem network(Throwable e, Target target) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                String host = cause.getMessage() == null ? target.host() : cause.getMessage();
                return new Problem(ProblemKind.CONNECTION, "Cannot reach PostgreSQL at " + target.hosts()
                        + ": the host name '" + host + "' is not known.", "It does not resolve (DNS,"
                        + " /etc/hosts). Check its spelling in the target, which came from " + target.origin()
                        + "; a host inside a private network may need its VPN. " + embeddedHint());
            }
            if (cause instanceof ConnectException) {
                // the title is the one scripts and tests already match on; the detail says "refused"
                return new Problem(ProblemKind.CONNECTION, "Cannot reach PostgreSQL at " + target.hosts() + ".",
                        "The connection was refused: nothing accepts connections there. Check that the server is"
                        + " running and accepts TCP connections on that host and port (port, listen_addresses,"
                        + " firewall), and that the target is the one you meant: it came from " + target.origin()
                        + ". " + embeddedHint());
            }
            if (cause instanceof NoRouteToHostException) {
                return new Problem(ProblemKind.CONNECTION, "Cannot reach PostgreSQL at " + target.hosts()
                        + ": no route to the host.", "The network cannot get there (host down, firewall, missing"
                        + " VPN). Check the host; the target came from " + target.origin() + ".");
            }
            if (cause instanceof SocketTimeoutException || String.valueOf(cause.getMessage())
                    .startsWith("Connection attempt timed out")) {
                return new Problem(ProblemKind.CONNECTION, "Cannot reach PostgreSQL at " + target.hosts()
                        + ": no answer in time.", "The connection attempt timed out. A firewall may drop the"
                        + " packets, the host may be down, or what listens on the port is not answering as"
                        + " PostgreSQL would. Check the host and port (the target came from " + target.origin()
                        + "); if the server is only slow, raise --connect-timeout (or connectTimeout and"
                        + " loginTimeout in the URL).");
            }
            if (cause instanceof SSLException || cause instanceof GeneralSecurityException
                    || cause instanceof java.security.cert.CertificateException) {
                return tlsFailed(e, target);
            }
            if (cause instanceof EOFException || String.valueOf(cause.getMessage())
                    .contains("setting up the SSL connection")) {
                return notPostgres(e, target);
            }
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("SSL error") || message.contains("SSL root certificate")
                || message.contains("SSL certificate") || message.contains("SSL key")) {
            return tlsFailed(e, target);
        }
        return null;
    }

    public static Problem unreachable(Target target, String reason) {
        return new Problem(ProblemKind.CONNECTION, "Cannot reach PostgreSQL at " + target.hosts() + ".",
                "The connection failed (" + reason + "). Check that the server is running and accepts TCP"
                + " connections on that host and port (listen_addresses, firewall), and that the target is the one"
                + " you meant: it came from " + target.origin() + ". " + embeddedHint());
    }

    private static String embeddedHint() {
        return "Without any target configured, Strata uses an embedded server in the project (or ask for it with"
                + " --embedded).";
    }

    private static Problem wrongPassword(Target target) {
        String source = target.passwordSource() != null ? target.passwordSource() : target.origin();
        return new Problem(ProblemKind.CONNECTION, "Password authentication failed for user '"
                + target.effectiveUser() + "' on " + target.hosts() + ".",
                "The server rejected the password, or the user does not exist (PostgreSQL answers both the same"
                        + " way, on purpose). Check the password given by " + source + " and the user name"
                        + " (the target is " + target.display() + "). " + HOW_TO_GIVE_A_PASSWORD);
    }

    private static Problem noPassword(Target target) {
        String looked;
        if (target.passfile() == null) {
            looked = "";
        } else if (Files.isRegularFile(Path.of(target.passfile()))) {
            looked = ", and " + target.passfile() + " has no line for " + target.host() + ":" + target.port() + ":"
                    + target.database() + ":" + target.effectiveUser();
        } else {
            looked = ", and there is no password file " + target.passfile();
        }
        return new Problem(ProblemKind.CONNECTION, "PostgreSQL at " + target.hosts() + " asks for a password for"
                + " user '" + target.effectiveUser() + "', and none was given.",
                "The target " + target.display() + " has no password" + looked + ". " + HOW_TO_GIVE_A_PASSWORD);
    }

    private static Problem loginRefused(SQLException e, Target target) {
        String said = firstLine(e);
        String lower = said.toLowerCase(Locale.ROOT);
        if (lower.contains("role") && lower.contains("does not exist")) {
            return new Problem(ProblemKind.CONNECTION, "User '" + target.effectiveUser() + "' does not exist on "
                    + target.hosts() + ".", "PostgreSQL said: " + said + ". Connect as an existing user (the user"
                    + " is the one in the URL, else PGUSER for the PG* variables, else the operating-system user),"
                    + " or create it: CREATE ROLE \"" + target.effectiveUser() + "\" LOGIN PASSWORD '…'. The"
                    + " target came from " + target.origin() + ".");
        }
        if (lower.contains("pg_hba.conf rejects")) {
            return new Problem(ProblemKind.CONNECTION, "The server refused the login of " + target.display() + ".",
                    "PostgreSQL said: " + said + ". A line of its pg_hba.conf rejects user '"
                            + target.effectiveUser() + "' on database '" + target.database() + "' from this host;"
                            + " ask the server's administrator for access, or connect as a user that has it.");
        }
        if (lower.contains("pg_hba.conf")) {
            return new Problem(ProblemKind.CONNECTION, "The server refused the login of " + target.display() + ".",
                    "PostgreSQL said: " + said + ". Its pg_hba.conf has no entry that lets user '"
                            + target.effectiveUser() + "' connect to database '" + target.database()
                            + "' from this host" + (lower.contains("no encryption") && !"disable".equals(
                            target.option("sslmode")) ? " without TLS (if the server has hostssl entries, try"
                            + " sslmode=require)" : "") + "; ask the server's administrator for access, or connect"
                            + " as a user that has it.");
        }
        return new Problem(ProblemKind.CONNECTION, "The server refused the login of " + target.display() + ".",
                "PostgreSQL said: " + said + ". Ask the server's administrator why, or connect as another user.");
    }

    private static Problem tlsNotOffered(Target target) {
        String mode = target.option("sslmode") != null ? target.option("sslmode") : "require";
        return new Problem(ProblemKind.CONNECTION, "PostgreSQL at " + target.hosts() + " does not offer TLS, but"
                + " sslmode=" + mode + " requires it.", "The target (from " + target.origin() + ") asks for an"
                + " encrypted connection and the server answered that it has none (ssl = off in its"
                + " postgresql.conf). Turn TLS on at the server, or use sslmode=prefer (encrypt when the server can)"
                + " or sslmode=disable where an unencrypted connection is acceptable.");
    }

    private static Problem tlsFailed(Throwable e, Target target) {
        String mode = target.option("sslmode") != null ? target.option("sslmode") : "prefer";
        String rootCert = target.option("sslrootcert") != null ? target.option("sslrootcert")
                : "~/.postgresql/root.crt, the default";
        return new Problem(ProblemKind.CONNECTION, "The TLS connection to PostgreSQL at " + target.hosts()
                + " failed.", "The driver said: " + rootMessage(e) + ". With sslmode=" + mode + (mode.startsWith(
                "verify") ? ", the server's certificate must be signed by a CA in sslrootcert (" + rootCert + ")"
                + (mode.equals("verify-full") ? " and name the host" : "") + "; fix the certificate files, or use"
                + " sslmode=require to encrypt without checking the certificate" : "; check the client"
                + " certificate and key (sslcert, sslkey) and the server's TLS setup") + ". The target came from "
                + target.origin() + ".");
    }

    private static Problem notPostgres(Throwable e, Target target) {
        return new Problem(ProblemKind.CONNECTION, "Something at " + target.hosts() + " accepted the connection,"
                + " but did not answer as PostgreSQL does.", "The driver said: " + rootMessage(e) + ". The"
                + " connection was closed or answered in another protocol: check that the port is PostgreSQL's"
                + " (5432 unless configured otherwise) and not another service's, and, for a proxy or pooler, the"
                + " TLS settings it needs. The target came from " + target.origin() + ".");
    }

    private static Problem driverRefusedOption(SQLException e, Target target) {
        return new Problem(ProblemKind.USAGE, "The JDBC driver refused an option of " + target.display() + ".",
                "pgjdbc said: " + firstLine(e) + ". Fix the option in the target's URL.");
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String first = firstLine(e);
        String last = firstLine(root);
        return root == e || last.equals(first) ? first : first + " (" + last + ")";
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        if (line.contains("postgres") || line.contains("password")) {
            line = ConnectionUrl.redact(line);
        }
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
