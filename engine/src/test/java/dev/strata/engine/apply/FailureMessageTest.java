package dev.strata.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureMessageTest {

    @Test
    void positionsMapToLineAndColumn() {
        String sql = "ALTER TABLE a\n  ADD COLUMN b int,\n  ADD COLUMN c nonsense";
        assertThat(FailureMessage.lineAndColumn(sql, 1)).containsExactly(1, 1);
        assertThat(FailureMessage.lineAndColumn(sql, 15)).containsExactly(2, 1);
        assertThat(FailureMessage.lineAndColumn(sql, sql.indexOf("nonsense") + 1)).containsExactly(3, 16);
    }

    @Test
    void excerptShowsNumberedLinesAndACaret() {
        String sql = "ALTER TABLE a\n  ADD COLUMN c nonsense";
        assertThat(FailureMessage.excerpt(sql, sql.indexOf("nonsense") + 1)).isEqualTo(
                "    1 | ALTER TABLE a\n"
                        + "    2 |   ADD COLUMN c nonsense\n"
                        + "      |                ^ line 2, column 16\n");
    }

    @Test
    void withoutAPositionTheWholeStatementIsShown() {
        assertThat(FailureMessage.excerpt("SELECT 1", 0)).isEqualTo("    1 | SELECT 1\n");
    }

    @Test
    void aStatementOfAScriptIsNumberedFromTheLineItStartsOn() {
        String sql = "SELECT 1\nFROM nowhere";
        assertThat(FailureMessage.excerpt(sql, sql.indexOf("nowhere") + 1, 9)).isEqualTo(
                "     9 | SELECT 1\n"
                        + "    10 | FROM nowhere\n"
                        + "       |      ^ line 10, column 6\n");
    }
}
