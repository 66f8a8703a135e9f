package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A database URL as a person writes it, read strictly: the JDBC form
 * {@code jdbc:postgresql://HOST[:PORT][,HOST[:PORT]…]/DATABASE?NAME=VALUE&…} and the libpq form
 * {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT][,…][/DATABASE][?NAME=VALUE&…]} ({@code postgres://} too).
 * Both take {@code USER:PASSWORD@} and {@code ?user=…&password=…}; parts are percent-decoded (a password may
 * hold {@code @ : /} as {@code %40 %3A %2F}; a raw {@code @} or {@code /} in it is tolerated too, the last
 * {@code @} before the query ending the user part). IPv6 hosts go in brackets. Options are checked against
 * {@link ConnectionOptions} and carried under their pgjdbc names. Parts the URL leaves out are null, so a service
 * file or the defaults can fill them in: {@code hosts} is null without a host, {@code ports} null when no host has
 * a port (else one entry per host, null where that host has none). Every message shows the URL with its password replaced by {@code ***}.
 */
public record ConnectionUrl(List<String> hosts, List<Integer> ports, String database, String user,
                            String password, String service, String passfile, Map<String, String> options) {

    static final String EXPECTED = "Expected jdbc:postgresql://HOST[:PORT][,HOST[:PORT]…]/DATABASE[?NAME=VALUE&…]"
            + " or postgresql://[USER[:PASSWORD]@]HOST[:PORT][,HOST[:PORT]…][/DATABASE][?NAME=VALUE&…].";

    /** PostgreSQL cuts identifiers, database and role names included, at this many bytes. */
    static final int MAX_NAME_BYTES = 63;

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9._~-]+)?");

    public ConnectionUrl {
        hosts = hosts == null ? null : List.copyOf(hosts);
        ports = ports == null ? null : Collections.unmodifiableList(new ArrayList<>(ports));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Reads {@code text}; {@code source} names where it came from in messages ({@code --url}, {@code STRATA_URL}). */
    public static ConnectionUrl parse(String text, String source) {
        try {
            return new Parser(text).parse();
        } catch (Bad bad) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "Bad database URL from " + source + ": "
                    + bad.what + ".", (bad.hint.isEmpty() ? "" : bad.hint + " ") + "The URL was '" + unreadable(text)
                    + "'. " + EXPECTED));
        }
    }

    /** Whether {@code text} starts like a URL this class reads (the scheme only). */
    public static boolean looksLikeUrl(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:postgresql:") || lower.startsWith("postgresql:")
                || lower.startsWith("postgres:");
    }

    /**
     * {@code url} with every password replaced by {@code ***}: the one after {@code USER:} up to the last
     * {@code @} (from the start when a {@code @} comes before the first {@code //}), and everything after a {@code password=} or {@code sslpassword=} option (a raw {@code &} in a
     * password would otherwise show its tail).
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String result = url.replaceAll("(?is)((?:[?&;]|^)(?:ssl)?password=).*$", "$1***");
        int slashes = result.indexOf("//");
        int at = result.lastIndexOf('@');
        int firstAt = result.indexOf('@');
        // user info follows the first "//"; a '@' before it (no URL, or a raw one) puts a password there too
        int start = slashes >= 0 && slashes < firstAt ? slashes + 2 : 0;
        if (at > start) {
            String userInfo = result.substring(start, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                result = result.substring(0, start) + userInfo.substring(0, colon) + ":***" + result.substring(at);
            }
        }
        return result;
    }

    /**
     * A URL that could not be read, for a message: passwords redacted ({@code USER:***}), and a user part without a
     * colon hidden whole, since in a broken URL it may be a password whose user and colon are missing.
     */
    private static String unreadable(String url) {
        String result = redact(url);
        int slashes = result.indexOf("//");
        int at = result.lastIndexOf('@');
        int start = slashes >= 0 && slashes < result.indexOf('@') ? slashes + 2 : 0;
        if (at <= start || result.substring(start, at).contains(":")) {
            return result; // no user part, or USER:*** already
        }
        return result.substring(0, start) + "***" + result.substring(at);
    }

    /** A part of the URL that cannot be used: {@code what} for the title, {@code hint} for what to do. */
    static final class Bad extends RuntimeException {
        final String what;
        final String hint;

        Bad(String what, String hint) {
            super(what, null, false, false);
            this.what = what;
            this.hint = hint == null ? "" : hint;
        }
    }

    private static final class Parser {
        private final String text;
        private boolean jdbc;
        /** The query holds an '@': a password with a raw '?' may sit anywhere, so no piece is quoted. */
        private boolean secretRisk;
        /** A ?password= was read: what follows may be its tail (a raw '&' in it), so no piece is quoted. */
        private boolean afterPassword;
        private List<String> hosts;
        private List<Integer> ports;
        private String database;
        private String user;
        private String password;
        private String service;
        private String passfile;
        private final Map<String, String> options = new LinkedHashMap<>();
        private final Map<String, String> seen = new LinkedHashMap<>();

        Parser(String text) {
            this.text = text == null ? "" : text.strip();
        }

        ConnectionUrl parse() {
            if (text.isEmpty()) {
                throw new Bad("it is empty", "");
            }
            String lower = text.toLowerCase(Locale.ROOT);
            String rest;
            if (lower.startsWith("jdbc:postgresql:")) {
                jdbc = true;
                rest = text.substring("jdbc:postgresql:".length());
            } else if (lower.startsWith("postgresql:")) {
                rest = text.substring("postgresql:".length());
            } else if (lower.startsWith("postgres:")) {
                rest = text.substring("postgres:".length());
            } else {
                throw new Bad("it is not a PostgreSQL URL", "It must start with jdbc:postgresql:, postgresql:// or"
                        + " postgres://" + (lower.startsWith("jdbc:") || lower.matches("^[a-z][a-z0-9+.-]*://.*")
                        ? " (Strata deploys to PostgreSQL only)." : "."));
            }
            if (!rest.startsWith("//")) {
                if (!jdbc || rest.startsWith("/")) {
                    throw new Bad("the scheme must be followed by // and the host", "For example postgresql://"
                            + "localhost:5432/shop.");
                }
                // jdbc:postgresql:DATABASE, pgjdbc's short form for localhost
                int q = rest.indexOf('?');
                String name = q < 0 ? rest : rest.substring(0, q);
                secretRisk = rest.indexOf('@') >= 0;
                if (name.indexOf('@') >= 0 || name.indexOf(':') >= 0 || name.indexOf('/') >= 0) {
                    throw new Bad("the scheme must be followed by // and the host", "For example"
                            + " jdbc:postgresql://USER@HOST:5432/DB; pgjdbc's short form jdbc:postgresql:DB takes a"
                            + " bare database name.");
                }
                path(q < 0 ? rest : rest.substring(0, q));
                query(q < 0 ? null : rest.substring(q + 1));
                return result();
            }
            rest = rest.substring(2);
            int q = rest.indexOf('?');
            String head = q < 0 ? rest : rest.substring(0, q);
            String query = q < 0 ? null : rest.substring(q + 1);
            int at = head.lastIndexOf('@');
            secretRisk = query != null && query.indexOf('@') >= 0;
            if (at >= 0) {
                userInfo(head.substring(0, at));
            }
            String hostAndPath = head.substring(at + 1);
            int slash = hostAndPath.indexOf('/');
            String authority = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
            if (!authority.isEmpty()) {
                hosts(authority);
            }
            if (slash >= 0) {
                path(hostAndPath.substring(slash + 1));
            }
            query(query);
            return result();
        }

        private ConnectionUrl result() {
            return new ConnectionUrl(hosts, ports, database, user, password, service, passfile, options);
        }

        /** {@code 'piece'} for a message, or nothing when the piece might be part of a password. */
        private String quoted(String piece) {
            return secretRisk || afterPassword ? "" : " '" + piece + "'";
        }

        private String riskHint() {
            return secretRisk ? " If the password holds a '?', percent-encode it as %3F." : "";
        }

        private void userInfo(String info) {
            int colon = info.indexOf(':');
            String rawUser = colon < 0 ? info : info.substring(0, colon);
            String decodedUser = decode(rawUser, false, "the user name", true);
            user = decodedUser.isEmpty() ? null : checkName(decodedUser, "user name");
            if (colon >= 0) {
                String decoded = decode(info.substring(colon + 1), false, "the password", false);
                password = decoded.isEmpty() ? null : decoded;
            }
        }

        private void hosts(String authority) {
            if (authority.chars().anyMatch(Character::isWhitespace)) {
                throw new Bad("the host part has a space in it", "Host names and ports have no spaces." + riskHint());
            }
            String[] entries = authority.split(",", -1);
            hosts = new ArrayList<>();
            List<Integer> portList = new ArrayList<>();
            for (String entry : entries) {
                if (entry.isEmpty()) {
                    throw new Bad("the host list" + quoted(authority) + " has an empty entry", "Separate hosts with"
                            + " single commas: HOST1:PORT1,HOST2:PORT2." + riskHint());
                }
                endpoint(entry, portList);
            }
            ports = portList.stream().allMatch(java.util.Objects::isNull) ? null : portList;
        }

        private void endpoint(String entry, List<Integer> portList) {
            String host;
            String port;
            if (entry.startsWith("[")) {
                int close = entry.indexOf(']');
                if (close < 0) {
                    throw new Bad("the host" + quoted(entry) + " opens a '[' it does not close", "Write an IPv6"
                            + " address as [::1]:5432." + riskHint());
                }
                host = entry.substring(1, close);
                String after = entry.substring(close + 1);
                if (after.isEmpty()) {
                    port = null;
                } else if (after.startsWith(":")) {
                    port = after.substring(1);
                } else {
                    throw new Bad("after the IPv6 address" + quoted("[" + host + "]") + " comes" + quoted(after)
                            + " instead of :PORT", "Write it as [ADDRESS]:PORT." + riskHint());
                }
                if (!IPV6.matcher(host).matches()) {
                    throw new Bad("" + (secretRisk ? "the bracketed host" : "'[" + host + "]'") + " is not an IPv6"
                            + " address", "Brackets hold IPv6 addresses only, such as [::1] or [fe80::1%eth0]."
                            + riskHint());
                }
            } else {
                int colon = entry.indexOf(':');
                if (colon >= 0 && entry.indexOf(':', colon + 1) >= 0) {
                    throw new Bad("the host" + quoted(entry) + " looks like an IPv6 address without brackets",
                            "Write an IPv6 address in brackets, the port after them: [::1]:5432." + riskHint());
                }
                host = decode(colon < 0 ? entry : entry.substring(0, colon), false, "the host", true);
                port = colon < 0 ? null : entry.substring(colon + 1);
                if (host.isEmpty()) {
                    host = "localhost";
                }
                checkHost(host, secretRisk);
            }
            hosts.add(host);
            portList.add(port(port, host));
        }

        private Integer port(String port, String host) {
            if (port == null) {
                return null;
            }
            if (port.isEmpty()) {
                throw new Bad("the port after '" + (secretRisk || afterPassword ? "HOST" : host) + ":' is empty", "Give a port"
                        + " (1 to 65535) or leave out the colon for 5432." + riskHint());
            }
            return checkPort(port, s -> new Bad("the port" + quoted(port) + " " + s, "A port is a number from 1"
                    + " to 65535, digits only." + riskHint()));
        }

        private void path(String path) {
            if (path.isEmpty()) {
                return;
            }
            if (path.indexOf('/') >= 0) {
                throw new Bad("the database name" + quoted(path) + " has a '/' in it", "The URL ends with"
                        + " /DATABASE; if the name really holds a '/', percent-encode it as %2F." + riskHint());
            }
            if (path.chars().anyMatch(Character::isWhitespace)) {
                throw new Bad("the database name" + quoted(path) + " has a raw space in it", "Percent-encode"
                        + " spaces in a database name as %20." + riskHint());
            }
            database = checkName(decode(path, jdbc, "the database name", true), "database name");
        }

        private String checkName(String name, String what) {
            if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new Bad("the " + what + " has a control character in it", "");
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new Bad("the " + what + quoted(name) + " is longer than " + MAX_NAME_BYTES + " bytes",
                        "PostgreSQL cuts names at " + MAX_NAME_BYTES + " bytes, so it would connect with another"
                                + " name than the one given.");
            }
            return name;
        }

        private void query(String query) {
            if (query == null || query.isEmpty()) {
                return;
            }
            String previous = null;
            for (String token : query.split("&", -1)) {
                if (token.isEmpty()) {
                    continue;
                }
                int eq = token.indexOf('=');
                boolean afterSecret = previous != null && ConnectionOptions.isSecret(previous);
                if (eq <= 0) {
                    if (afterSecret) {
                        throw new Bad("a password is followed by '&' and text that is not NAME=VALUE",
                                "If the password holds '&', percent-encode it as %26.");
                    }
                    throw new Bad(eq == 0 ? "an option has no name" : "the option" + quoted(shorten(token))
                            + " has no value", "Options are NAME=VALUE, separated by '&'." + riskHint());
                }
                String name = decode(token.substring(0, eq), false, "an option name", true);
                String raw = token.substring(eq + 1);
                option(name, raw, afterSecret);
                previous = name;
                afterPassword |= ConnectionOptions.isSecret(name);
            }
        }

        private void option(String name, String raw, boolean afterSecret) {
            String key = ConnectionOptions.key(name);
            boolean secret = ConnectionOptions.isSecret(name);
            String what = secret ? "the password" : secretRisk || afterPassword ? "an option's value"
                    : "the value of " + shorten(name);
            String value = decode(raw, jdbc, what, !secret);
            String nameShown = afterSecret ? "" : quoted(shorten(name));
            if (seen.containsKey(key)) {
                throw new Bad("the option" + nameShown + " is given twice", "Give each option once."
                        + riskHint());
            }
            seen.put(key, name);
            ConnectionOptions.Lookup lookup = ConnectionOptions.lookup(name);
            if (lookup instanceof ConnectionOptions.Reserved reserved) {
                reserved(reserved.name(), value);
            } else if (lookup instanceof ConnectionOptions.Found found) {
                var known = found.option();
                String normalized = known.normalize().apply(value);
                if (normalized == null) {
                    boolean show = !secretRisk && !afterPassword;
                    throw new Bad(secret ? "the password cannot be used" : "the option" + (show ? " "
                            + shorten(name) + "='" + shorten(value) + "'" : "") + " is not valid",
                            (show ? shorten(name) : "It") + " takes " + known.expects() + "." + riskHint());
                }
                options.put(known.jdbcName(), normalized);
            } else if (lookup instanceof ConnectionOptions.Unsupported unsupported) {
                throw new Bad("the option" + nameShown + " is not supported", unsupported.reason() + ".");
            } else {
                var unknown = (ConnectionOptions.Unknown) lookup;
                throw new Bad("unknown option" + nameShown,
                        (afterSecret ? "If the password holds '&', percent-encode it as %26. " : "")
                                + unknown.suggestion().map(s -> "Did you mean " + s + "? ").orElse("")
                                + "Known options: " + ConnectionOptions.knownList() + "." + riskHint());
            }
        }

        private void reserved(String key, String value) {
            switch (key) {
                case "user" -> {
                    if (user != null) {
                        throw new Bad("the user is given twice (before the host and as ?user=)", "Give it once.");
                    }
                    user = value.isEmpty() ? null : checkName(value, "user name");
                }
                case "password" -> {
                    if (password != null) {
                        throw new Bad("the password is given twice (before the host and as ?password=)",
                                "Give it once.");
                    }
                    password = value.isEmpty() ? null : value;
                }
                case "dbname" -> {
                    if (database != null) {
                        throw new Bad("the database is given twice (in the path and as ?dbname=)", "Give it once.");
                    }
                    database = value.isEmpty() ? null : checkName(value, "database name");
                }
                case "service" -> {
                    if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || Character.isWhitespace(c))) {
                        throw new Bad("the service name" + quoted(value) + " is not usable", "Give the name of a"
                                + " section of pg_service.conf, such as ?service=prod.");
                    }
                    service = value;
                }
                case "passfile" -> {
                    if (value.isBlank()) {
                        throw new Bad("passfile is empty", "Give the path of a password file, or leave it out for"
                                + " PGPASSFILE or ~/.pgpass.");
                    }
                    passfile = value;
                }
                default -> throw new IllegalStateException(key);
            }
        }

        /**
         * Percent-decodes {@code raw} as UTF-8 ({@code +} is a space in the JDBC form, as pgjdbc reads it).
         * {@code quote} says whether the value may be shown.
         */
        private String decode(String raw, boolean plusIsSpace, String what, boolean quote) {
            if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
                return raw;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '%') {
                    int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                    int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                    if (high < 0 || low < 0) {
                        throw new Bad(what + " has a '%' that is not followed by two hex digits",
                                "Write a '%' itself as %25.");
                    }
                    bytes.write(high * 16 + low);
                    i += 2;
                } else if (c == '+' && plusIsSpace) {
                    bytes.write(' ');
                } else {
                    byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                    if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                        encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                        i++;
                    }
                    bytes.write(encoded, 0, encoded.length);
                }
            }
            try {
                String decoded = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
                if (decoded.indexOf('\0') >= 0) {
                    throw new Bad(what + " holds a NUL character (%00)", "PostgreSQL cannot take it.");
                }
                return decoded;
            } catch (CharacterCodingException e) {
                throw new Bad(what + " is not valid UTF-8 once percent-decoded", "Percent-escapes must spell"
                        + " UTF-8 bytes" + (quote && !secretRisk && !afterPassword ? " (got '" + shorten(raw) + "')" : "") + ".");
            }
        }
    }

    /** Refuses a host that is not a TCP host name (IPv6 addresses are checked where brackets are read). */
    static void checkHost(String host, boolean secretRisk) {
        String quotedHost = secretRisk ? "" : " '" + host + "'";
        String riskHint = secretRisk ? " If the password holds a '?', percent-encode it as %3F." : "";
        if (host.startsWith("/") || host.startsWith("@")) {
            throw new Bad("the host" + quotedHost + " is a Unix-domain socket", "Strata connects over TCP:"
                    + " give a host name or address, such as localhost." + riskHint);
        }
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new Bad("the host" + quotedHost + " has a space in it", "Host names have no spaces."
                    + riskHint);
        }
        if (!HOST_NAME.matcher(host).matches() || host.length() > 253) {
            throw new Bad("the host" + quotedHost + " is not a host name", "A host name has letters, digits,"
                    + " dots, dashes and underscores; an IPv6 address goes in brackets ([::1])." + riskHint);
        }
    }

    /** Whether {@code host} is an IPv6 address (without brackets), optionally with a {@code %zone}. */
    static boolean isIpv6(String host) {
        return IPV6.matcher(host).matches();
    }

    /** Checks a port text: digits only, 1 to 65535; {@code bad} makes the failure from a reason. */
    static int checkPort(String port, java.util.function.Function<String, RuntimeException> bad) {
        if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad.apply("is not a number");
        }
        if (port.length() > 5 || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw bad.apply("is out of range");
        }
        return Integer.parseInt(port);
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
