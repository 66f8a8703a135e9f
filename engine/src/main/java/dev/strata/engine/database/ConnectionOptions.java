package dev.strata.engine.database;

import dev.strata.plan.EditDistance;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The connection options a target may carry, in a URL's query, a service file or a PG* variable: each known by its
 * pgjdbc name and, where libpq spells it differently, its libpq name ({@code connect_timeout} is pgjdbc's
 * {@code connectTimeout}). A value is checked and normalized to what pgjdbc expects; an unknown option, or one
 * pgjdbc cannot honour, is refused rather than passed on to be ignored.
 */
final class ConnectionOptions {

    /** A known option: its pgjdbc name, its libpq name (or null), what it takes, and its check. */
    record Known(String jdbcName, String libpqName, String expects, UnaryOperator<String> normalize) {
    }

    /** The outcome of looking a name up. */
    sealed interface Lookup permits Found, Unsupported, Reserved, Unknown {
    }

    record Found(Known option) implements Lookup {
    }

    /** A libpq option pgjdbc has no equivalent for, or one Strata sets itself. */
    record Unsupported(String name, String reason) implements Lookup {
    }

    /** A name the URL parser handles itself (user, password, dbname, service, passfile). */
    record Reserved(String name) implements Lookup {
    }

    record Unknown(String name, Optional<String> suggestion) implements Lookup {
    }

    static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");

    private static final Map<String, Known> BY_KEY = new LinkedHashMap<>();
    private static final List<Known> ALL;
    private static final Map<String, String> UNSUPPORTED = new LinkedHashMap<>();
    private static final List<String> RESERVED = List.of("user", "password", "dbname", "service", "passfile");

    static {
        add("sslmode", null, "one of " + String.join(", ", SSL_MODES), oneOf(SSL_MODES));
        add("sslrootcert", null, "the path of an existing file of trusted CA certificates", ConnectionOptions::file);
        add("sslcert", null, "the path of an existing client certificate file", ConnectionOptions::file);
        add("sslkey", null, "the path of an existing client key file", ConnectionOptions::file);
        add("sslpassword", null, "the password of the client key", v -> v);
        add("sslfactory", null, "a Java class name", v -> v.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*") ? v
                : null);
        add("ssl", null, "true or false", ConnectionOptions::bool);
        add("sslNegotiation", "sslnegotiation", "postgres or direct", oneOf(List.of("postgres", "direct")));
        add("channelBinding", "channel_binding", "disable, prefer or require",
                oneOf(List.of("disable", "prefer", "require")));
        add("gssEncMode", "gssencmode", "disable, allow, prefer or require",
                oneOf(List.of("disable", "allow", "prefer", "require")));
        add("gsslib", null, "auto, sspi or gssapi", oneOf(List.of("auto", "sspi", "gssapi")));
        add("kerberosServerName", "krbsrvname", "a service name", ConnectionOptions::nonBlank);
        add("connectTimeout", "connect_timeout", "a whole number of seconds, 0 or more (0: no limit)",
                ConnectionOptions::seconds);
        add("loginTimeout", null, "a whole number of seconds, 0 or more (0: no limit)", ConnectionOptions::seconds);
        add("socketTimeout", null, "a whole number of seconds, 0 or more (0: no limit)", ConnectionOptions::seconds);
        add("ApplicationName", "application_name", "any text (it replaces Strata's own application_name)",
                ConnectionOptions::text);
        add("options", null, "server options, such as -c search_path=app", ConnectionOptions::text);
        add("currentSchema", null, "a schema name (or a list, comma-separated)", ConnectionOptions::nonBlank);
        add("targetServerType", "target_session_attrs", "any, primary, secondary, preferPrimary, preferSecondary"
                + " (or libpq's any, read-write, read-only, primary, standby, prefer-standby)",
                ConnectionOptions::serverType);
        add("loadBalanceHosts", "load_balance_hosts", "true or false (or libpq's random or disable)",
                v -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "random" -> "true";
                    case "false", "disable" -> "false";
                    default -> null;
                });
        add("hostRecheckSeconds", null, "a whole number of seconds, 0 or more", ConnectionOptions::seconds);
        add("tcpKeepAlive", "keepalives", "true or false (or libpq's 1 or 0)", v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> null;
        });
        ALL = List.copyOf(new java.util.LinkedHashSet<>(BY_KEY.values()));

        UNSUPPORTED.put("preferquerymode", "Strata sets preferQueryMode=simple itself, so that a plan's SQL reaches"
                + " the server as one text and error positions are right");
        UNSUPPORTED.put("hostaddr", "pgjdbc has no hostaddr: give the address as the host (PGHOSTADDR is"
                + " honoured for the PG* variables)");
        UNSUPPORTED.put("host", "give the host in the URL itself: postgresql://HOST:PORT/DB");
        UNSUPPORTED.put("port", "give the port in the URL itself: postgresql://HOST:PORT/DB");
        UNSUPPORTED.put("sslcrl", "pgjdbc cannot check certificate revocation lists");
        UNSUPPORTED.put("sslcrldir", "pgjdbc cannot check certificate revocation lists");
        UNSUPPORTED.put("sslcompression", "TLS compression is not supported by pgjdbc (nor by modern servers)");
        UNSUPPORTED.put("sslsni", "pgjdbc always sends the host name (SNI)");
        UNSUPPORTED.put("requirepeer", "it applies to Unix-domain sockets, which Strata does not use");
        UNSUPPORTED.put("clientencoding", "pgjdbc always talks UTF8 to the server");
        UNSUPPORTED.put("replication", "Strata needs a normal connection, not a replication one");
        UNSUPPORTED.put("readonly", "Strata changes the database and cannot run read-only");
        UNSUPPORTED.put("readonlymode", "Strata changes the database and cannot run read-only");
        UNSUPPORTED.put("autosave", "Strata manages its own transactions and savepoints");
    }

    private ConnectionOptions() {
    }

    private static void add(String jdbcName, String libpqName, String expects, UnaryOperator<String> normalize) {
        Known known = new Known(jdbcName, libpqName, expects, normalize);
        BY_KEY.put(key(jdbcName), known);
        if (libpqName != null) {
            BY_KEY.put(key(libpqName), known);
        }
    }

    /** Names compare without case, underscores or dashes: {@code connect_timeout} is {@code connectTimeout}. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    }

    static Lookup lookup(String name) {
        String key = key(name);
        if (RESERVED.contains(key)) {
            return new Reserved(key);
        }
        Known known = BY_KEY.get(key);
        if (known != null) {
            return new Found(known);
        }
        if (key.equals("targetsessionattrs")) {
            return new Found(BY_KEY.get("targetservertype"));
        }
        String unsupported = UNSUPPORTED.get(key);
        if (unsupported != null) {
            return new Unsupported(name, unsupported);
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Known k : ALL) {
            for (String candidate : k.libpqName() == null ? List.of(k.jdbcName())
                    : List.of(k.jdbcName(), k.libpqName())) {
                int distance = EditDistance.between(key, key(candidate));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        Optional<String> suggestion = bestDistance <= 2 && key.length() > 3 ? Optional.of(best) : Optional.empty();
        return new Unknown(name, suggestion);
    }

    /** Every known option, pgjdbc spelling with the libpq one in brackets: for messages. */
    static String knownList() {
        return ALL.stream().map(k -> k.libpqName() == null ? k.jdbcName() : k.jdbcName() + " (" + k.libpqName() + ")")
                .collect(Collectors.joining(", ")) + "; and user, password, dbname, service, passfile";
    }

    static boolean isSecret(String name) {
        String key = key(name);
        return key.equals("password") || key.equals("sslpassword");
    }

    private static UnaryOperator<String> oneOf(List<String> values) {
        return v -> values.contains(v) ? v : null;
    }

    private static String bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> "true";
            case "false" -> "false";
            default -> null;
        };
    }

    private static String seconds(String v) {
        if (!v.matches("[0-9]{1,7}")) {
            return null;
        }
        return Integer.toString(Integer.parseInt(v));
    }

    private static String nonBlank(String v) {
        return v.isBlank() || hasControl(v) ? null : v;
    }

    private static String text(String v) {
        return hasControl(v) ? null : v;
    }

    private static boolean hasControl(String v) {
        return v.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String file(String v) {
        if (v.isBlank() || hasControl(v)) {
            return null;
        }
        try {
            return Files.isRegularFile(Path.of(v)) ? v : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String serverType(String v) {
        return switch (v) {
            case "any" -> "any";
            case "primary", "master", "read-write" -> "primary";
            case "secondary", "slave", "standby", "read-only" -> "secondary";
            case "preferSecondary", "preferSlave", "prefer-standby" -> "preferSecondary";
            case "preferPrimary" -> "preferPrimary";
            default -> null;
        };
    }

    /** For tests and documentation: every pgjdbc name Strata passes on. */
    static TreeSet<String> jdbcNames() {
        return ALL.stream().map(Known::jdbcName).collect(Collectors.toCollection(TreeSet::new));
    }
}
