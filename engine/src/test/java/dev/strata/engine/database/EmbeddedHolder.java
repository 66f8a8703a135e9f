package dev.strata.engine.database;

import dev.strata.engine.TestSupport;
import dev.strata.engine.session.RunnerIdentity;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

/**
 * Another strata process using a project's embedded server: starts it for the project at {@code args[0]}, creates a
 * table, prints "ready" and keeps the server until killed.
 */
public final class EmbeddedHolder {

    private EmbeddedHolder() {
    }

    public static void main(String[] args) throws Exception {
        ProjectServer server = ProjectServer.start(Path.of(args[0]), Duration.ofSeconds(30));
        try (Database database = Database.connect(server.target(), RunnerIdentity.current(), Duration.ofSeconds(10));
             Connection c = database.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS made_by_holder (id int)");
        }
        System.out.println("ready " + TestSupport.class.getSimpleName());
        System.out.flush();
        Thread.sleep(120_000);
        server.close();
    }
}
