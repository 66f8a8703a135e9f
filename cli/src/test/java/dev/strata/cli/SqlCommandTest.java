package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata sql} on a real database: psql's output, ON_ERROR_STOP, the three ways in, and the failures. */
class SqlCommandTest {

    @TempDir
    Path project;
    private String url;

    private Run sql(String script) {
        return Run.withInput("", "sql", "--url", url, "-c", script, project.toString());
    }

    private long count(String table) throws Exception {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        url = TestDatabases.newDatabase("sql");
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
    }

    @Test
    void aScriptPrintsEachResultAsPsqlDoes() {
        Run run = sql("create table customer (id int primary key, name text, note text);\n"
                + "insert into customer values (1, 'alice', null), (22, 'bob', 'two\nlines'), (3, null, 'x');\n"
                + "select * from customer order by id;\n"
                + "select name from customer where id = 1;\n"
                + "update customer set note = 'y' where id = 1;\n"
                + "delete from customer where id = 99;\n"
                + "select 1 as n where false;\n"
                + "insert into customer values (4, 'dana', '') returning id, name;\n"
                + "create table copy as select * from customer;\n"
                + "drop table copy");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("""
                CREATE TABLE
                INSERT 0 3
                 id | name  | note \s
                ----+-------+-------
                  1 | alice |\s
                  3 |       | x
                 22 | bob   | two  +
                    |       | lines
                (3 rows)

                 name \s
                -------
                 alice
                (1 row)

                UPDATE 1
                DELETE 0
                 n\s
                ---
                (0 rows)

                 id | name\s
                ----+------
                  4 | dana
                (1 row)

                INSERT 0 1
                SELECT 4
                DROP TABLE
                """);
        assertThat(run.err()).startsWith("target: postgres@localhost:").contains("(from --url; ");
    }

    @Test
    void aFileAndStandardInputRunTheSameWay() throws Exception {
        Path file = project.resolve("seed.sql");
        Files.writeString(file, "-- seed\nbegin;\ncreate table t (a int);\ninsert into t values (1), (2);\ncommit;\n"
                + "select sum(a) as total, true as ok from t;\n");

        Run fromFile = Run.withInput("", "sql", "--url", url, "-f", file.toString(), project.toString());
        assertThat(fromFile.code()).as(fromFile.err()).isEqualTo(ExitCode.OK);
        assertThat(fromFile.out()).isEqualTo("""
                BEGIN
                CREATE TABLE
                INSERT 0 2
                COMMIT
                 total | ok\s
                -------+----
                     3 | t
                (1 row)

                """);

        Run fromStdin = Run.withInput("insert into t values (3);\nselect count(*) from t", "sql", "--url", url,
                project.toString());
        assertThat(fromStdin.code()).as(fromStdin.err()).isEqualTo(ExitCode.OK);
        assertThat(fromStdin.out()).isEqualTo("INSERT 0 1\n count \n-------\n     3\n(1 row)\n\n");
        assertThat(Run.withInput("select 1 as one", "sql", "--url", url, "-f", "-", project.toString()).out())
                .isEqualTo(" one \n-----\n   1\n(1 row)\n\n");
    }

    @Test
    void theFirstFailingStatementStopsTheScriptWithTheErrorAndExitCode3() throws Exception {
        Run run = sql("create table u (id int primary key);\ninsert into u values (1);\n"
                + "insert into u\n  values (1);\ninsert into u values (2);\nselect 1");

        assertThat(run.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.out()).isEqualTo("CREATE TABLE\nINSERT 0 1\n");
        assertThat(run.err()).contains("""
                strata sql: statement 3 of 5 failed (line 3 of -c):
                    3 | insert into u
                    4 |   values (1)
                PostgreSQL: ERROR: duplicate key value violates unique constraint "u_pkey" (SQLSTATE 23505)
                  detail: Key (id)=(1) already exists.
                Statements 1 to 2 ran and stay committed. The 2 statements after it did not run.""");
        assertThat(count("u")).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorShowsACaretAndAFailedTransactionIsRolledBack() throws Exception {
        sql("create table v (id int)");
        Run run = sql("begin;\ninsert into v values (1);\nselect * fromm v;\ncommit");

        assertThat(run.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.err()).contains("""
                strata sql: statement 3 of 4 failed (line 3 of -c):
                    3 | select * fromm v
                      |          ^ line 3, column 10
                PostgreSQL: ERROR: syntax error at or near "fromm" (SQLSTATE 42601)
                Statements 1 to 2 ran; the transaction open when it failed is rolled back, so what ran since its\
                 BEGIN is undone. The statement after it did not run.""");
        assertThat(count("v")).isZero();
    }

    @Test
    void aScriptEndingInsideATransactionIsRolledBackWithAWarning() throws Exception {
        Run run = sql("create table w (id int); begin; insert into w values (1)");

        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("CREATE TABLE\nBEGIN\nINSERT 0 1\n");
        assertThat(run.err()).contains("warning: the script ended inside a transaction");
        assertThat(count("w")).isZero();
    }

    @Test
    void noticesGoToStandardError() {
        Run run = sql("create table if not exists n (id int); create table if not exists n (id int)");

        assertThat(run.out()).isEqualTo("CREATE TABLE\nCREATE TABLE\n");
        assertThat(run.err()).contains("NOTICE:  relation \"n\" already exists, skipping\n");
    }

    @Test
    void emptyInputRunsNothing() {
        Run blank = sql("  -- only a comment\n");
        assertThat(blank.code()).as(blank.err()).isEqualTo(ExitCode.OK);
        assertThat(blank.out()).isEmpty();

        Run stdin = Run.withInput("", "sql", "--url", url, project.toString());
        assertThat(stdin.code()).isEqualTo(ExitCode.OK);
        assertThat(stdin.out()).isEmpty();
    }

    @Test
    void badTargetsAndUsageMistakesHaveTheirExitCodes() {
        Run refused = Run.withInput("", "sql", "--url", "jdbc:postgresql://localhost:1/shop?user=postgres", "-c",
                "select 1", project.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.CONNECTION);
        assertThat(refused.err()).contains("strata sql: Cannot reach PostgreSQL at localhost:1.")
                .doesNotContain("Exception");

        Run missingDatabase = Run.withInput("", "sql", "--url", url + "_missing", "-c", "select 1", project.toString());
        assertThat(missingDatabase.code()).isEqualTo(ExitCode.CONNECTION);

        Run emptyUrl = Run.withInput("", "sql", "--url", "", "-c", "select 1", project.toString());
        assertThat(emptyUrl.code()).isEqualTo(ExitCode.USAGE);

        Run both = Run.withInput("", "sql", "--url", url, "-c", "select 1", "-f", "x.sql", project.toString());
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("give the SQL once");

        Run missingFile = Run.withInput("", "sql", "--url", url, "-f", project.resolve("nope.sql").toString(),
                project.toString());
        assertThat(missingFile.code()).isEqualTo(ExitCode.USAGE);
        assertThat(missingFile.err()).contains("no such file or directory");

        Run noProject = Run.withInput("", "sql", "--url", url, "-c", "select 1", project.resolve("elsewhere").toString());
        assertThat(noProject.code()).isEqualTo(ExitCode.USAGE);
    }
}
