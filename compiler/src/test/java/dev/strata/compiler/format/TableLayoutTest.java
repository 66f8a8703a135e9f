package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Table;
import org.junit.jupiter.api.Test;

/** Where the parts of a table go, and how the layout keeps the order of constraints the parser reads. */
class TableLayoutTest {

    @Test
    void tableLevelLinesFollowTheColumnsInCanonicalOrder() {
        assertFormats("""
                core { table t {
                  comment 'x'
                  trigger t_touch before update for each row execute touch()
                  unique index t_a (a)
                  index t_b (b)
                  check (a < b)
                  foreign key (a, b) references u (x, y)
                  unique (a, b)
                  primary key (a, b)
                  a int b int
                } }
                """, """
                core {
                  table t {
                    a  int
                    b  int
                    primary key (a, b)
                    unique (a, b)
                    foreign key (a, b) references u (x, y)
                    check (a < b)
                    unique index t_a (a)
                    index t_b (b)
                    trigger t_touch before update for each row execute touch()
                    comment 'x'
                  }
                }
                """);
    }

    @Test
    void singleColumnConstraintsGoOnTheirColumn() {
        assertFormats("""
                core { table t {
                  primary key (id)
                  unique (email)
                  foreign key (team) references team (id)
                  id bigint
                  email text
                  team bigint
                  check (email <> '')
                } }
                """, """
                core {
                  table t {
                    id     bigint  primary key
                    email  text    unique
                    team   bigint  references team (id)
                    check (email <> '')
                  }
                }
                """);
    }

    @Test
    void aCheckOnTheColumnsLineIsTheColumnsAndOneOnItsOwnLineIsTheTables() {
        assertFormats("""
                core { table t {
                  a int
                  b int check (b > 0)
                  check (a < b)
                } }
                """, """
                core {
                  table t {
                    a  int
                    b  int  check (b > 0)
                    check (a < b)
                  }
                }
                """);
    }

    @Test
    void aTableCheckWrittenBeforeColumnChecksStaysBeforeThem() {
        assertFormats("""
                core { table t {
                  check (a < b)
                  a int check (a > 0)
                  check (b < 10)
                  b int check (b > 0)
                  check (a <> b)
                } }
                """, """
                core {
                  table t {
                    check (a < b)
                    a  int  check (a > 0)
                    check (b < 10)
                    b  int  check (b > 0)
                    check (a <> b)
                  }
                }
                """);
    }

    @Test
    void singleColumnConstraintsAfterATableLevelOneOfTheirKindStayTableLevel() {
        assertFormats("""
                core { table t {
                  a int
                  b int
                  unique (a, b)
                  unique (a)
                  b_ref int references u
                } }
                """, """
                core {
                  table t {
                    a      int
                    b      int
                    b_ref  int  references u
                    unique (a, b)
                    unique (a)
                  }
                }
                """);
    }

    @Test
    void aConstraintStaysOnItsOwnColumnWhenTwoColumnsShareAName() {
        assertFormats("""
                core { table t {
                  a int
                  b int check (b > 0)
                  a text check (a <> '') unique
                } }
                """, """
                core {
                  table t {
                    a  int
                    b  int   check (b > 0)
                    a  text  unique check (a <> '')
                  }
                }
                """);
    }

    @Test
    void aTriggerSaysForEachStatementSoThatNoTriggerCanReadAsColumns() {
        assertFormats("""
                core { table t {
                  a int
                  trigger t_audit after insert or delete execute audit(1)
                } }
                """, """
                core {
                  table t {
                    a  int
                    trigger t_audit after insert or delete for each statement execute audit(1)
                  }
                }
                """);
    }

    @Test
    void aUniqueEndingAColumnLineStaysTheColumnsBeforeAnIndexLine() {
        var input = """
                core { table t {
                  email text not null unique
                  index t_email (email)
                  unique index t_email_lower ((lower(email)))
                } }
                """;
        var table = (Table) ((CoreBlock) RoundTrip.parse("t.strata", input).unit().blocks().get(0))
                .declarations().get(0);
        assertThat(table.uniques()).hasSize(1);
        assertThat(table.indexes()).extracting(Index::unique).containsExactly(false, true);
        assertFormats(input, """
                core {
                  table t {
                    email  text  not null unique
                    index t_email (email)
                    unique index t_email_lower ((lower(email)))
                  }
                }
                """);
    }

    private static void assertFormats(String input, String expected) {
        var printed = RoundTrip.assertRoundTrip("t.strata", input);
        assertThat(printed).isEqualTo(expected);
    }
}
