package dev.strata.tester;

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
}
