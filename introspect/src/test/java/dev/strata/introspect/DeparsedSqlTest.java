package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeparsedSqlTest {

    @Test
    void unwrapsOnlyParenthesesThatEncloseTheWholeExpression() {
        assertThat(DeparsedSql.unwrap("((a > 0))")).isEqualTo("a > 0");
        assertThat(DeparsedSql.unwrap("((a > 0) AND (b > 0))")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(DeparsedSql.unwrap("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(DeparsedSql.unwrap("lower(name)")).isEqualTo("lower(name)");
    }

    @Test
    void parenthesesInsideLiteralsAndQuotedNamesDoNotCount() {
        assertThat(DeparsedSql.unwrap("(c ~ '^(x$'::text)")).isEqualTo("c ~ '^(x$'::text");
        assertThat(DeparsedSql.unwrap("(\"odd)name\" > 0)")).isEqualTo("\"odd)name\" > 0");
        assertThat(DeparsedSql.unwrap("(a = 'it''s (')")).isEqualTo("a = 'it''s ('");
    }

    @Test
    void cutsTheExpressionOutOfACheckDefinition() {
        assertThat(DeparsedSql.checkExpression("CHECK ((quantity > 0))")).isEqualTo("quantity > 0");
        assertThat(DeparsedSql.checkExpression("CHECK (f(a)) NOT VALID")).isEqualTo("f(a)");
        assertThat(DeparsedSql.checkExpression("CHECK (((VALUE >= 1901) AND (VALUE <= 2155)))"))
                .isEqualTo("(VALUE >= 1901) AND (VALUE <= 2155)");
    }

    @Test
    void cutsTheConditionOutOfATriggerDefinition() {
        String def = "CREATE TRIGGER t BEFORE UPDATE ON core.u FOR EACH ROW WHEN ((old.n IS DISTINCT FROM new.n))"
                + " EXECUTE FUNCTION f('x WHEN (y)')";
        assertThat(DeparsedSql.triggerWhen(def)).isEqualTo("old.n IS DISTINCT FROM new.n");
        assertThat(DeparsedSql.triggerWhen("CREATE TRIGGER \" WHEN (\" AFTER INSERT ON core.u FOR EACH ROW"
                + " EXECUTE FUNCTION f()")).isNull();
    }
}
