package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Picks the configured target, or says that none is configured (then the embedded server is used). The sources,
 * first one that names a target wins: {@code --url}, {@code STRATA_URL}, the project's {@code [database] url},
 * the libpq variables, else the embedded server. A source that is present but empty is a mistake, not an absence:
 * {@code --url ''} or {@code STRATA_URL=} is a usage error, so an unset pipeline variable never deploys to the
 * embedded server by accident. Among the libpq variables (where, as in libpq, an empty variable counts as unset),
 * only {@link #NAMING_VARIABLES} name a target; the others ({@link #APPLYING_VARIABLES}) only apply to it.
 *
 * <p>Every value is checked here, so a bad port, host or option is a {@link ProblemKind#USAGE} problem naming its
 * source; what reaches pgjdbc is a normalized JDBC URL plus user and password.
 */
public final class TargetResolver {

    /** The libpq variables that name a target: any of them set (non-empty) means "use the PG* variables". */
    public static final List<String> NAMING_VARIABLES = List.of("PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE",
            "PGSERVICE");

    /** libpq variables for connection options, with the option each sets. */
    static final Map<String, String> OPTION_VARIABLES = options();

    /** The libpq variables that apply to a target the PG* variables name, but do not name one themselves. */
    public static final List<String> APPLYING_VARIABLES;

    static {
        List<String> applying = new ArrayList<>(List.of("PGUSER", "PGPASSWORD", "PGPASSFILE"));
        applying.addAll(OPTION_VARIABLES.keySet());
        APPLYING_VARIABLES = List.copyOf(applying);
    }

    /** Variables that say where files are: they apply whatever the source. */
    private static final List<String> FILE_VARIABLES = List.of("PGPASSFILE", "PGSERVICEFILE", "PGSYSCONFDIR");

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d"
            + "|1\\d\\d|[1-9]?\\d)){3}");

    private TargetResolver() {
    }

    private static Map<String, String> options() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("PGSSLMODE", "sslmode");
        map.put("PGSSLROOTCERT", "sslrootcert");
        map.put("PGSSLCERT", "sslcert");
        map.put("PGSSLKEY", "sslkey");
        map.put("PGSSLNEGOTIATION", "sslnegotiation");
        map.put("PGCHANNELBINDING", "channel_binding");
        map.put("PGGSSENCMODE", "gssencmode");
        map.put("PGGSSLIB", "gsslib");
        map.put("PGKRBSRVNAME", "krbsrvname");
        map.put("PGCONNECT_TIMEOUT", "connect_timeout");
        map.put("PGAPPNAME", "application_name");
        map.put("PGOPTIONS", "options");
        map.put("PGTARGETSESSIONATTRS", "target_session_attrs");
        map.put("PGLOADBALANCEHOSTS", "load_balance_hosts");
        return map;
    }

    /** The configured target, or empty when the embedded server should be used. */
    public static Optional<Target> configured(TargetSettings settings) {
        if (settings.embeddedForced()) {
            return Optional.empty();
        }
        Map<String, String> env = settings.environment();
        if (settings.urlOption() != null) {
            return Optional.of(fromUrl(settings.urlOption(), "--url", env));
        }
        if (env.get("STRATA_URL") != null) {
            return Optional.of(fromUrl(env.get("STRATA_URL"), "STRATA_URL", env));
        }
        if (settings.projectUrl() != null) {
            return Optional.of(fromUrl(settings.projectUrl(), "strata.toml", env));
        }
        if (NAMING_VARIABLES.stream().anyMatch(name -> set(env, name))) {
            return Optional.of(fromLibpq(env));
        }
        return Optional.empty();
    }

    /**
     * The libpq variables that are set but will not be used for the target {@code settings} resolve to: with a
     * URL, all but the file locations ({@code PGPASSFILE}, {@code PGSERVICEFILE}, {@code PGSYSCONFDIR}); with the
     * embedded server, the ones that only apply to a named target (a stray {@code PGPASSWORD}). For a warning.
     */
    public static List<String> ignoredVariables(TargetSettings settings) {
        Map<String, String> env = settings.environment();
        boolean url = !settings.embeddedForced() && (settings.urlOption() != null || env.get("STRATA_URL") != null
                || settings.projectUrl() != null);
        boolean libpq = !settings.embeddedForced() && !url && NAMING_VARIABLES.stream().anyMatch(n -> set(env, n));
        if (libpq) {
            return List.of();
        }
        List<String> candidates = new ArrayList<>();
        if (url || settings.embeddedForced()) {
            candidates.addAll(NAMING_VARIABLES);
        }
        candidates.addAll(APPLYING_VARIABLES);
        return candidates.stream().filter(name -> set(env, name))
                .filter(name -> !FILE_VARIABLES.contains(name))
                .distinct().collect(Collectors.toList());
    }

    /**
     * Accepts a JDBC URL ({@code jdbc:postgresql://host:5432/db?user=u}) or a libpq URI
     * ({@code postgresql://u:secret@host:5432/db}), which people copy from elsewhere; {@code origin} names where it
     * came from in messages ({@code --url}, {@code --scratch-url}…). The PG* variables fill what the URL leaves out.
     */
    public static Target fromUrl(String url, String origin) {
        return fromUrl(url, origin, System.getenv());
    }

    static Target fromUrl(String url, String origin, Map<String, String> env) {
        String source = sourceName(origin);
        if (url.isBlank()) {
            throw new StrataException(emptySource(origin));
        }
        ConnectionUrl parsed = ConnectionUrl.parse(url, source);
        Spec spec = new Spec(origin);
        if (parsed.hosts() != null) {
            spec.hosts = parsed.hosts();
            spec.hostSource = source;
        }
        if (parsed.ports() != null) {
            spec.ports = parsed.ports();
            spec.portSource = source;
        }
        spec.database = parsed.database();
        spec.user = parsed.user();
        if (parsed.password() != null) {
            spec.password = parsed.password();
            spec.passwordSource = origin;
        }
        spec.passfile = parsed.passfile() == null ? null : filePath(parsed.passfile(), "passfile in " + source);
        parsed.options().forEach((name, value) -> spec.options.put(name, value));
        if (parsed.service() != null) {
            spec.apply(ServiceFile.find(parsed.service(), env, "service= in " + source));
        }
        return spec.build(env);
    }

    private static Target fromLibpq(Map<String, String> env) {
        Spec spec = new Spec("PG* variables");
        if (set(env, "PGSERVICE")) {
            String service = env.get("PGSERVICE");
            if (service.isBlank() || service.chars().anyMatch(c -> c < 0x20 || Character.isWhitespace(c))) {
                throw usage("PGSERVICE='" + service + "' is not a service name.", "Give the name of a section of"
                        + " pg_service.conf, such as PGSERVICE=prod, or unset it.");
            }
            // As in libpq, what the service file sets wins over the other variables.
            spec.apply(ServiceFile.find(service, env, "PGSERVICE"));
        }
        if (spec.hostaddrs == null && set(env, "PGHOSTADDR")) {
            spec.hostaddrs = hostaddrs(env.get("PGHOSTADDR"), "PGHOSTADDR");
        }
        if (spec.hosts == null && set(env, "PGHOST")) {
            spec.hosts = hostList(env.get("PGHOST"), "PGHOST");
            spec.hostSource = "PGHOST";
        }
        if (spec.ports == null && set(env, "PGPORT")) {
            spec.ports = portList(env.get("PGPORT"), "PGPORT");
            spec.portSource = "PGPORT";
        }
        if (spec.database == null && set(env, "PGDATABASE")) {
            spec.database = name(env.get("PGDATABASE"), "PGDATABASE", "database name");
        }
        if (spec.user == null && set(env, "PGUSER")) {
            spec.user = name(env.get("PGUSER"), "PGUSER", "user name");
        }
        if (spec.password == null && set(env, "PGPASSWORD")) {
            spec.password = env.get("PGPASSWORD");
            spec.passwordSource = "PGPASSWORD";
        }
        OPTION_VARIABLES.forEach((variable, option) -> {
            if (set(env, variable)) {
                spec.option(option, env.get(variable), variable);
            }
        });
        return spec.build(env);
    }

    /** What a target is being built from, filled source by source; unset parts are null. */
    private static final class Spec {
        final String origin;
        List<String> hosts;
        String hostSource;
        List<String> hostaddrs;
        List<Integer> ports;
        String portSource;
        String database;
        String user;
        String password;
        String passwordSource;
        Path passfile;
        final Map<String, String> options = new LinkedHashMap<>();

        Spec(String origin) {
            this.origin = origin;
        }

        /** Fills what is still unset from a service (URL values win over it; it wins over PG* variables). */
        void apply(ServiceFile.Section service) {
            for (var entry : service.values().entrySet()) {
                String keyword = entry.getKey();
                String value = entry.getValue();
                String source = service.source(keyword);
                switch (keyword) {
                    case "host" -> {
                        if (hosts == null) {
                            hosts = hostList(value, source);
                            hostSource = source;
                        }
                    }
                    case "hostaddr" -> {
                        if (hostaddrs == null) {
                            hostaddrs = hostaddrs(value, source);
                        }
                    }
                    case "port" -> {
                        if (ports == null) {
                            ports = portList(value, source);
                            portSource = source;
                        }
                    }
                    case "dbname" -> {
                        if (database == null) {
                            database = name(value, source, "database name");
                        }
                    }
                    case "user" -> {
                        if (user == null) {
                            user = name(value, source, "user name");
                        }
                    }
                    case "password" -> {
                        if (password == null && !value.isEmpty()) {
                            password = value;
                            passwordSource = "service '" + service.name() + "' (" + service.file() + ")";
                        }
                    }
                    case "passfile" -> {
                        if (passfile == null) {
                            passfile = filePath(value, source);
                        }
                    }
                    default -> {
                        String jdbcName = jdbcName(keyword, source);
                        if (!options.containsKey(jdbcName)) {
                            option(keyword, value, source);
                        }
                    }
                }
            }
        }

        /** Sets option {@code name} (libpq or pgjdbc spelling) to {@code value}, checked; {@code source} for errors. */
        void option(String name, String value, String source) {
            var lookup = ConnectionOptions.lookup(name);
            if (!(lookup instanceof ConnectionOptions.Found found)) {
                throw usage(source + " sets " + name + ", which Strata cannot use.", lookup
                        instanceof ConnectionOptions.Unsupported unsupported ? unsupported.reason() + "."
                        : "Known options: " + ConnectionOptions.knownList() + ".");
            }
            String normalized = found.option().normalize().apply(value);
            if (normalized == null) {
                throw usage(assignment(source, name, value) + " is not valid.",
                        name + " takes " + found.option().expects() + ". Fix the value, or unset it.");
            }
            options.putIfAbsent(found.option().jdbcName(), normalized);
        }

        Target build(Map<String, String> env) {
            List<String> connectHosts = hostaddrs != null ? hostaddrs : hosts != null ? hosts : List.of("localhost");
            List<String> passHosts = hosts != null ? hosts : connectHosts;
            if (hostaddrs != null && hosts != null && hosts.size() != hostaddrs.size()) {
                throw usage("PGHOST and PGHOSTADDR list " + hosts.size() + " and " + hostaddrs.size() + " hosts.",
                        "Give as many addresses as host names (libpq pairs them), or only one of the two.");
            }
            List<Endpoint> endpoints = new ArrayList<>();
            List<Integer> portsUsed = new ArrayList<>();
            for (int i = 0; i < connectHosts.size(); i++) {
                Integer port;
                if (ports == null) {
                    port = null;
                } else if (ports.size() == 1) {
                    port = ports.get(0);
                } else if (ports.size() == connectHosts.size()) {
                    port = ports.get(i);
                } else {
                    throw usage((portSource == null ? "The ports" : portSource) + " list " + ports.size()
                            + " ports for " + connectHosts.size() + " hosts.", "Give one port for all hosts, or"
                            + " one per host in the same order.");
                }
                int actual = port == null ? Endpoint.DEFAULT_PORT : port;
                endpoints.add(new Endpoint(connectHosts.get(i), actual));
                portsUsed.add(actual);
            }
            String effectiveUser = user != null ? user : System.getProperty("user.name");
            String db = database != null ? database : effectiveUser;
            String pass = password;
            String passSource = passwordSource;
            String looked = null;
            if (pass == null) {
                Path file = passfile != null ? passfile : set(env, "PGPASSFILE") ? filePath(env.get("PGPASSFILE"),
                        "PGPASSFILE") : ServiceFile.home(env).resolve(".pgpass");
                looked = file.toString();
                PassFile.Match match = PassFile.lookup(file, passHosts, portsUsed, db, effectiveUser);
                if (match != null && !match.password().isEmpty()) {
                    pass = match.password();
                    passSource = match.source();
                }
            }
            StringBuilder url = new StringBuilder("jdbc:postgresql://");
            url.append(endpoints.stream().map(Endpoint::toString).collect(Collectors.joining(",")));
            url.append('/').append(URLEncoder.encode(db, StandardCharsets.UTF_8));
            String separator = "?";
            for (var option : options.entrySet()) {
                url.append(separator).append(option.getKey()).append('=')
                        .append(URLEncoder.encode(option.getValue(), StandardCharsets.UTF_8));
                separator = "&";
            }
            return new Target(url.toString(), user, pass, origin, false, endpoints, db, passSource,
                    pass == null ? looked : null);
        }
    }

    private static String jdbcName(String keyword, String source) {
        var lookup = ConnectionOptions.lookup(keyword);
        if (lookup instanceof ConnectionOptions.Found found) {
            return found.option().jdbcName();
        }
        throw usage(source + " has the keyword '" + keyword + "', which Strata cannot use.",
                lookup instanceof ConnectionOptions.Unsupported unsupported ? unsupported.reason() + "."
                        : "Known keywords: host, hostaddr, port, " + ConnectionOptions.knownList() + ".");
    }

    private static List<String> hostList(String value, String source) {
        List<String> hosts = new ArrayList<>();
        for (String host : value.split(",", -1)) {
            String h = host.strip();
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            if (h.startsWith("/") || h.startsWith("@")) {
                throw usage((source.startsWith("PG") ? source + "=" + value : assignment(source, "host", value))
                        + " is a Unix socket directory.", "Strata connects over TCP. Set "
                        + source + " to a host name (for example " + source + "=localhost) or give --url"
                        + " jdbc:postgresql://localhost:5432/DATABASE.");
            }
            if (h.isEmpty()) {
                throw usage(assignment(source, "host", value) + " has an empty host.", "Give host names separated by single"
                        + " commas, such as db1,db2, or unset it for localhost.");
            }
            if (h.indexOf(':') >= 0) {
                if (!ConnectionUrl.isIpv6(h)) {
                    throw usage(assignment(source, "host", value) + " has the host '" + h + "', which is"
                            + " neither a host name"
                            + " nor an IPv6 address.", "Give the host alone; the port goes in PGPORT.");
                }
            } else {
                try {
                    ConnectionUrl.checkHost(h, false);
                } catch (ConnectionUrl.Bad bad) {
                    throw usage(assignment(source, "host", value) + " cannot be used: " + bad.what + ".",
                            bad.hint);
                }
            }
            hosts.add(h);
        }
        return hosts;
    }

    private static List<String> hostaddrs(String value, String source) {
        List<String> addresses = new ArrayList<>();
        for (String address : value.split(",", -1)) {
            String a = address.strip();
            if (!IPV4.matcher(a).matches() && !ConnectionUrl.isIpv6(a)) {
                throw usage(assignment(source, "hostaddr", value) + " is not a numeric address.",
                        "PGHOSTADDR takes IP addresses such as 192.0.2.10 or ::1 (names go in PGHOST).");
            }
            addresses.add(a);
        }
        return addresses;
    }

    private static List<Integer> portList(String value, String source) {
        List<Integer> ports = new ArrayList<>();
        for (String port : value.split(",", -1)) {
            String p = port.strip();
            if (p.isEmpty()) {
                ports.add(null);
                continue;
            }
            ports.add(ConnectionUrl.checkPort(p, reason -> usage(assignment(source, "port", value) + " "
                    + (value.contains(",") ? "has a port that " : "") + reason + ".", "A port is a number"
                    + " from 1 to 65535 (several, comma-separated, for several hosts). Fix it, or "
                    + (source.startsWith("PG") ? "unset " + source : "remove it") + " for 5432.")));
        }
        return ports;
    }

    /** {@code PGPORT='x'}, or {@code port='x' in service 'prod' (FILE line 3)}. */
    private static String assignment(String source, String keyword, String value) {
        String shown = "'" + ConnectionUrl.shorten(value) + "'";
        return source.startsWith("PG") ? source + "=" + shown : keyword + "=" + shown + " in " + source;
    }

    private static String name(String value, String source, String what) {
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw usage(source + " has a control character in the " + what + ".", "Fix the value.");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > ConnectionUrl.MAX_NAME_BYTES) {
            throw usage(source + " has a " + what + " longer than " + ConnectionUrl.MAX_NAME_BYTES + " bytes.",
                    "PostgreSQL cuts names at " + ConnectionUrl.MAX_NAME_BYTES + " bytes, so it would connect with"
                            + " another name than the one given.");
        }
        return value;
    }

    private static Path filePath(String value, String source) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw usage(source + " is not a usable path.", e.getMessage() + ".");
        }
    }

    private static Problem emptySource(String origin) {
        return switch (origin) {
            case "--url" -> new Problem(ProblemKind.USAGE, "--url is empty.", "Give a database URL"
                    + " (jdbc:postgresql://HOST:PORT/DATABASE or postgresql://USER@HOST:PORT/DATABASE), or leave"
                    + " --url out to use STRATA_URL, strata.toml, the PG* variables or else the embedded server. An"
                    + " empty value usually means a variable that was meant to hold the URL is unset.");
            case "STRATA_URL" -> new Problem(ProblemKind.USAGE, "STRATA_URL is set but empty.", "Set it to a"
                    + " database URL (jdbc:postgresql://HOST:PORT/DATABASE or postgresql://USER@HOST:PORT/DATABASE),"
                    + " or unset it (unset STRATA_URL) to use strata.toml, the PG* variables or else the embedded"
                    + " server. An empty value does not fall back to the embedded server, so a pipeline whose URL"
                    + " variable is missing stops here instead of deploying to a throw-away local database.");
            default -> new Problem(ProblemKind.USAGE, "The [database] url in strata.toml is empty.", "Set it to a"
                    + " database URL (jdbc:postgresql://HOST:PORT/DATABASE or postgresql://USER@HOST:PORT/DATABASE),"
                    + " or remove the line to use the PG* variables or else the embedded server.");
        };
    }

    private static String sourceName(String origin) {
        return origin.equals("strata.toml") ? "strata.toml ([database] url)" : origin;
    }

    private static boolean set(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isEmpty();
    }

    private static StrataException usage(String title, String detail) {
        return new StrataException(new Problem(ProblemKind.USAGE, title, detail));
    }
}
