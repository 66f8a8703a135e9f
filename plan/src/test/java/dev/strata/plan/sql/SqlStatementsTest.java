package dev.strata.plan.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementsTest {

    @Test
    void splitsAtTopLevelSemicolonsAndRemembersEachStatementsFirstLine() {
        String script = """
                -- a comment; not a statement
                insert into t values ('a;b', "x;y");

                /* block; comment */ do $$
                begin
                  assert 1 = 1, 'one; still one';
                end
                $$;
                select $tag$ ; $tag$, 1;
                select 2""";

        List<SqlStatements.Statement> statements = SqlStatements.split(script);

        assertThat(statements).extracting(SqlStatements.Statement::line).containsExactly(2, 4, 9, 10);
        assertThat(statements.get(0).sql()).isEqualTo("insert into t values ('a;b', \"x;y\")");
        assertThat(statements.get(1).sql()).startsWith("do $$").endsWith("end\n$$");
        assertThat(statements.get(2).sql()).isEqualTo("select $tag$ ; $tag$, 1");
        assertThat(statements.get(3).sql()).isEqualTo("select 2");
    }

    @Test
    void doubledQuotesStayInsideTheStringAndPositionalParametersAreNotDollarQuotes() {
        List<SqlStatements.Statement> statements = SqlStatements.split("select 'it''s; fine', $1;\nselect 3;");

        assertThat(statements).extracting(SqlStatements.Statement::sql)
                .containsExactly("select 'it''s; fine', $1", "select 3");
    }

    @Test
    void aScriptOfOnlyCommentsHasNoStatements() {
        assertThat(SqlStatements.split("-- nothing\n/* at all */\n")).isEmpty();
    }

    @Test
    void aStandardBodyOfAFunctionOrProcedureIsOneStatementWithItsSemicolons() {
        String script = """
                create or replace function total(a int, b int) returns int language sql
                begin atomic
                  select case when a > b then a else b end;
                  select a + b;
                end;
                CREATE PROCEDURE log_it() BEGIN ATOMIC INSERT INTO log VALUES (1); END;
                begin;
                select 1;
                end;""";

        List<SqlStatements.Statement> statements = SqlStatements.split(script);

        assertThat(statements).extracting(SqlStatements.Statement::sql).containsExactly(
                "create or replace function total(a int, b int) returns int language sql\nbegin atomic\n"
                        + "  select case when a > b then a else b end;\n  select a + b;\nend",
                "CREATE PROCEDURE log_it() BEGIN ATOMIC INSERT INTO log VALUES (1); END",
                "begin", "select 1", "end");
        assertThat(statements).extracting(SqlStatements.Statement::line).containsExactly(1, 6, 7, 8, 9);
    }

    @Test
    void aSemicolonInsideParenthesesDoesNotSplit() {
        assertThat(SqlStatements.split("create rule r as on insert to t do also (insert into a values (1);"
                + " insert into b values (2)); select 1")).extracting(SqlStatements.Statement::sql).containsExactly(
                "create rule r as on insert to t do also (insert into a values (1); insert into b values (2))",
                "select 1");
    }
}
