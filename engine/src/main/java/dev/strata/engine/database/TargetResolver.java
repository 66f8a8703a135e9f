package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Picks the configured target, or says that none is configured (then the embedded server is used). */
public final class TargetResolver {

    private static final List<String> LIBPQ_VARIABLES = List.of("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD",
            "PGDATABASE");

    private TargetResolver() {
    }

    /** The configured target, or empty when the embedded server should be used. */
    public static Optional<Target> configured(TargetSettings settings) {
        if (settings.embeddedForced()) {
            return Optional.empty();
        }
        if (present(settings.urlOption())) {
            return Optional.of(fromUrl(settings.urlOption(), "--url"));
        }
        String strataUrl = settings.environment().get("STRATA_URL");
        if (present(strataUrl)) {
            return Optional.of(fromUrl(strataUrl, "STRATA_URL"));
        }
        if (present(settings.projectUrl())) {
            return Optional.of(fromUrl(settings.projectUrl(), "strata.toml"));
        }
        if (LIBPQ_VARIABLES.stream().anyMatch(name -> present(settings.environment().get(name)))) {
            return Optional.of(fromLibpq(settings));
        }
        return Optional.empty();
    }

    /**
     * Accepts a JDBC URL ({@code jdbc:postgresql://host:5432/db?user=u}) or a libpq URI
     * ({@code postgresql://u:secret@host:5432/db}), which people copy from elsewhere.
     */
    static Target fromUrl(String url, String origin) {
        String trimmed = url.trim();
        if (trimmed.startsWith("jdbc:postgresql:")) {
            return Target.of(trimmed, origin);
        }
        if (trimmed.startsWith("postgresql://") || trimmed.startsWith("postgres://")) {
            return fromUri(trimmed, origin);
        }
        throw new StrataException(new Problem(ProblemKind.USAGE, "Cannot use the database URL from " + origin + ".",
                "Expected jdbc:postgresql://HOST:PORT/DATABASE or postgresql://USER:PASSWORD@HOST:PORT/DATABASE,"
                        + " got '" + redact(trimmed) + "'."));
    }

    private static Target fromUri(String url, String origin) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "Cannot parse the database URL from " + origin
                    + ".", e.getMessage()));
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "5432" : Integer.toString(uri.getPort());
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Target("jdbc:postgresql://" + host + ":" + port + "/" + path + query, user, password, origin,
                false);
    }

    private static Target fromLibpq(TargetSettings settings) {
        var env = settings.environment();
        String host = env.getOrDefault("PGHOST", "localhost");
        if (host.startsWith("/")) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "PGHOST=" + host + " is a Unix socket directory.",
                    "Strata connects over TCP. Set PGHOST to a host name (for example PGHOST=localhost) or give"
                            + " --url jdbc:postgresql://localhost:5432/DATABASE."));
        }
        String port = env.getOrDefault("PGPORT", "5432");
        String user = present(env.get("PGUSER")) ? env.get("PGUSER") : System.getProperty("user.name");
        String database = present(env.get("PGDATABASE")) ? env.get("PGDATABASE") : user;
        String url = "jdbc:postgresql://" + host + ":" + port + "/"
                + URLEncoder.encode(database, StandardCharsets.UTF_8);
        return new Target(url, user, env.get("PGPASSWORD"), "PG* variables", false);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String redact(String url) {
        return url.replaceAll("(//[^:/@]*:)[^@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
