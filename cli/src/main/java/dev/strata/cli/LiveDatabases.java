package dev.strata.cli;

import dev.strata.engine.database.Database;
import dev.strata.engine.database.TargetSettings;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.introspect.IntrospectionRequest;
import dev.strata.introspect.IntrospectionResult;
import dev.strata.introspect.Introspector;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** Opening a database named by a URL on the command line, and reading it with the introspector. */
final class LiveDatabases {

    private LiveDatabases() {
    }

    /** Whether an argument is a database URL rather than a directory. */
    static boolean isUrl(String argument) {
        return argument.startsWith("jdbc:postgresql:") || argument.startsWith("postgresql://")
                || argument.startsWith("postgres://");
    }

    /** A database given by URL ({@code jdbc:postgresql:…} or {@code postgresql://…}); never the embedded one. */
    static Database open(String url) {
        var settings = TargetSettings.fromEnvironment(url, false, null, null);
        return Database.open(settings, RunnerIdentity.current(), Duration.ofSeconds(10));
    }

    static IntrospectionResult read(Database database, IntrospectionRequest request) throws SQLException {
        try (Connection connection = database.connection()) {
            return Introspector.read(connection, request);
        }
    }
}
