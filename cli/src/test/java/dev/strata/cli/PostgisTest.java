package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extension type with words among its modifiers, on a server that has the extension: PostGIS's
 * {@code geometry(Point, 4326)} on Debian's PostgreSQL 15 with postgresql-15-postgis-3 (the embedded binaries have
 * no PostGIS). {@code STRATA_POSTGIS_URL} names that server (a superuser's URL to its {@code postgres} database;
 * .ci/run installs the package, starts the server and sets it, with {@code STRATA_REQUIRE_POSTGIS} so that the test
 * fails rather than skips there). The story: plan (proven on a scratch database of that server, named by
 * {@code [scratch] url}), apply, write places, add a column of another geometry type, write routes, roll back (the
 * routes are backed up), apply again (they are back), then import the database: the imported sources mean the
 * project's (diff says no differences, the plans cover them), and PostGIS's own objects are the extension's, not
 * objects Strata leaves out.
 */
class PostgisTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private static final String PLACES = """
            core {
              extension postgis
              table place {
                id       bigint generated always as identity primary key
                name     text not null
                location geometry(Point, 4326) not null
                area     geometry(Polygon, 4326)
                index using gist (location)
              }
            }
            """;

    private static final String WITH_ROUTES = """
            core {
              extension postgis
              table place {
                id       bigint generated always as identity primary key
                name     text not null
                location geometry(Point, 4326) not null
                area     geometry(Polygon, 4326)
                route    geometry(LineString, 4326)
                index using gist (location)
              }
            }
            """;

    private static final String ROUTES = "SELECT name || ' ' || coalesce(core.ST_AsText(route), '-') FROM core.place"
            + " ORDER BY id";

    @TempDir
    Path work;

    @Test
    void geometryColumnsArePlannedAppliedRolledBackWithTheirValuesAndImportedBack() throws Exception {
        String server = server();
        String url = newDatabase(server, "strata_gis");
        try {
            Path project = work.resolve("gis");
            Files.createDirectories(project.resolve("schema"));
            Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"gis\"\n[scratch]\nurl = \""
                    + server + "\"\n");
            Run.plan(project, PLACES, "places");
            assertThat(Files.readString(project.resolve("migrations/0001_places/up.sql")))
                    .contains("\"location\" \"core\".\"geometry\"(\"point\",4326) NOT NULL");
            Run.succeeds(url, "apply", null, project);
            TestDatabases.execute(url, "INSERT INTO core.place (name, location, area) VALUES"
                    + " ('harbour', core.ST_SetSRID(core.ST_MakePoint(4.3, 52.1), 4326),"
                    + "  core.ST_GeomFromText('POLYGON((4 52, 5 52, 5 53, 4 52))', 4326)),"
                    + " ('station', core.ST_SetSRID(core.ST_MakePoint(4.9, 52.4), 4326), NULL)");
            assertThat(TestDatabases.query(url, "SELECT core.ST_SRID(location) || ' '"
                    + " || core.GeometryType(location) FROM core.place ORDER BY id")).containsExactly("4326 POINT",
                    "4326 POINT");

            Run.plan(project, WITH_ROUTES, "routes");
            Run.succeeds(url, "apply", null, project);
            TestDatabases.execute(url, "UPDATE core.place SET route = core.ST_GeomFromText("
                    + "'LINESTRING(4.3 52.1, 4.9 52.4)', 4326) WHERE name = 'harbour'");
            Run.succeeds(url, "rollback", "1", project);
            assertThat(TestDatabases.query(url, "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_schema = 'core' AND table_name = 'place' AND column_name = 'route'"))
                    .containsExactly("0");
            Run.succeeds(url, "apply", null, project);
            assertThat(TestDatabases.query(url, ROUTES)).as("the routes written since the apply survive the"
                    + " rollback").containsExactly("harbour LINESTRING(4.3 52.1,4.9 52.4)", "station -");

            Path imported = work.resolve("imported");
            var read = Run.strata("import", "--no-baseline", "--url", url, "--out", imported.toString());
            assertThat(read.code()).as(read.out() + read.err()).isEqualTo(ExitCode.OK);
            assertThat(read.err()).as("PostGIS's own tables, views and rules belong to the extension")
                    .doesNotContain("not imported");
            String tables = Files.readString(imported.resolve("schema/tables.strata"));
            assertThat(tables).contains("geometry(\"Point\",4326)").contains("geometry(\"LineString\",4326)");

            var diff = Run.strata("diff", url, project.toString());
            assertThat(diff.code()).as(diff.out() + diff.err()).isEqualTo(ExitCode.OK);
            assertThat(diff.out()).contains("No differences.");

            // the imported sources in place of the project's: the same model, so the plans cover them
            try (var files = Files.list(project.resolve("schema"))) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            try (var files = Files.list(imported.resolve("schema"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, project.resolve("schema").resolve(file.getFileName()));
                }
            }
            var check = Run.strata("plan", "--check", project.toString());
            assertThat(check.code()).as(check.out() + check.err()).isEqualTo(ExitCode.OK);
        } finally {
            TestDatabases.execute(server, "DROP DATABASE IF EXISTS " + name(url) + " WITH (FORCE)");
        }
    }

    /** The server's URL, or the test is skipped (fails when STRATA_REQUIRE_POSTGIS is set). */
    private static String server() {
        String url = System.getenv("STRATA_POSTGIS_URL");
        boolean required = System.getenv("STRATA_REQUIRE_POSTGIS") != null
                && !System.getenv("STRATA_REQUIRE_POSTGIS").isBlank();
        if (required) {
            assertThat(url).as("STRATA_REQUIRE_POSTGIS is set but STRATA_POSTGIS_URL is not (.ci/run sets both)")
                    .isNotBlank();
        }
        assumeTrue(url != null && !url.isBlank(), "STRATA_POSTGIS_URL names no server with PostGIS");
        return url;
    }

    private static String newDatabase(String server, String prefix) throws Exception {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        TestDatabases.execute(server, "CREATE DATABASE " + name);
        var matcher = DATABASE.matcher(server);
        assertThat(matcher.matches()).as("a jdbc:postgresql://HOST/DB URL: " + server).isTrue();
        return matcher.group(1) + name + matcher.group(3);
    }

    private static String name(String url) {
        var matcher = DATABASE.matcher(url);
        assertThat(matcher.matches()).isTrue();
        return matcher.group(2);
    }
}
