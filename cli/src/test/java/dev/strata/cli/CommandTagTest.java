package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tags psql prints, rebuilt from the statement and JDBC's update count (each checked against psql 15). */
class CommandTagTest {

    @Test
    void rowCountsGoWhereThePostgreSqlTagHasThem() {
        assertThat(CommandTag.of("insert into t values (1), (2)", 2)).isEqualTo("INSERT 0 2");
        assertThat(CommandTag.of("UPDATE t SET a = 1", 5)).isEqualTo("UPDATE 5");
        assertThat(CommandTag.of("delete from t where false", 0)).isEqualTo("DELETE 0");
        assertThat(CommandTag.of("with x as (select 1) insert into t select 1 from x", 1)).isEqualTo("INSERT 0 1");
        assertThat(CommandTag.of("with x as (select 1) update t set a = 2", 0)).isEqualTo("UPDATE 0");
        assertThat(CommandTag.of("copy t to '/tmp/t.csv'", 3)).isEqualTo("COPY 3");
        assertThat(CommandTag.of("move 1 in c", 0)).isEqualTo("MOVE 0");
        assertThat(CommandTag.of("select 1 into copied", 1)).isEqualTo("SELECT 1");
        assertThat(CommandTag.of("create table c as select * from t", 4)).isEqualTo("SELECT 4");
        assertThat(CommandTag.of("create temp table c as select 1", 1)).isEqualTo("SELECT 1");
        assertThat(CommandTag.of("create materialized view m as select 1", 1)).isEqualTo("SELECT 1");
        assertThat(CommandTag.of("create table c as select 1 with no data", 0)).isEqualTo("CREATE TABLE AS");
        assertThat(CommandTag.of("create materialized view m as select 1 with no data", 0))
                .isEqualTo("CREATE MATERIALIZED VIEW");
    }

    @Test
    void definitionsAreNamedByTheirKindOfObject() {
        assertThat(CommandTag.of("create table t (a int generated always as (1) stored)", 0))
                .isEqualTo("CREATE TABLE");
        assertThat(CommandTag.of("CREATE OR REPLACE VIEW v AS SELECT 1", 0)).isEqualTo("CREATE VIEW");
        assertThat(CommandTag.of("create unique index concurrently if not exists i on t (a)", 0))
                .isEqualTo("CREATE INDEX");
        assertThat(CommandTag.of("create global temporary table t (a int)", 0)).isEqualTo("CREATE TABLE");
        assertThat(CommandTag.of("create constraint trigger t after insert on x for each row execute"
                + " function f()", 0)).isEqualTo("CREATE TRIGGER");
        assertThat(CommandTag.of("drop materialized view if exists m", 0)).isEqualTo("DROP MATERIALIZED VIEW");
        assertThat(CommandTag.of("create text search configuration c (copy = simple)", 0))
                .isEqualTo("CREATE TEXT SEARCH CONFIGURATION");
        assertThat(CommandTag.of("create foreign data wrapper w", 0)).isEqualTo("CREATE FOREIGN DATA WRAPPER");
        assertThat(CommandTag.of("create user u", 0)).isEqualTo("CREATE ROLE");
        assertThat(CommandTag.of("alter group g add user u", 0)).isEqualTo("ALTER ROLE");
        assertThat(CommandTag.of("create user mapping for u server s", 0)).isEqualTo("CREATE USER MAPPING");
        assertThat(CommandTag.of("alter default privileges grant select on tables to public", 0))
                .isEqualTo("ALTER DEFAULT PRIVILEGES");
        assertThat(CommandTag.of("create default conversion c for 'LATIN1' to 'UTF8' from f", 0))
                .isEqualTo("CREATE CONVERSION");
        assertThat(CommandTag.of("drop owned by u", 0)).isEqualTo("DROP OWNED");
        assertThat(CommandTag.of("alter table t add column b int", 0)).isEqualTo("ALTER TABLE");
    }

    @Test
    void otherStatementsHaveFixedTags() {
        assertThat(CommandTag.of("begin", 0)).isEqualTo("BEGIN");
        assertThat(CommandTag.of("start transaction isolation level serializable", 0))
                .isEqualTo("START TRANSACTION");
        assertThat(CommandTag.of("end", 0)).isEqualTo("COMMIT");
        assertThat(CommandTag.of("abort", 0)).isEqualTo("ROLLBACK");
        assertThat(CommandTag.of("rollback to savepoint a", 0)).isEqualTo("ROLLBACK");
        assertThat(CommandTag.of("commit prepared 'x'", 0)).isEqualTo("COMMIT PREPARED");
        assertThat(CommandTag.of("prepare transaction 'x'", 0)).isEqualTo("PREPARE TRANSACTION");
        assertThat(CommandTag.of("prepare p as select 1", 0)).isEqualTo("PREPARE");
        assertThat(CommandTag.of("set search_path = public", 0)).isEqualTo("SET");
        assertThat(CommandTag.of("set constraints all deferred", 0)).isEqualTo("SET CONSTRAINTS");
        assertThat(CommandTag.of("truncate t", 0)).isEqualTo("TRUNCATE TABLE");
        assertThat(CommandTag.of("lock table t", 0)).isEqualTo("LOCK TABLE");
        assertThat(CommandTag.of("grant select on t to public", 0)).isEqualTo("GRANT");
        assertThat(CommandTag.of("grant pg_read_all_data to u", 0)).isEqualTo("GRANT ROLE");
        assertThat(CommandTag.of("revoke pg_read_all_data from u", 0)).isEqualTo("REVOKE ROLE");
        assertThat(CommandTag.of("comment on table t is 'x'", 0)).isEqualTo("COMMENT");
        assertThat(CommandTag.of("do $$ begin end $$", 0)).isEqualTo("DO");
        assertThat(CommandTag.of("analyse t", 0)).isEqualTo("ANALYZE");
        assertThat(CommandTag.of("refresh materialized view concurrently m", 0))
                .isEqualTo("REFRESH MATERIALIZED VIEW");
        assertThat(CommandTag.of("declare c cursor for select 1", 0)).isEqualTo("DECLARE CURSOR");
        assertThat(CommandTag.of("close c", 0)).isEqualTo("CLOSE CURSOR");
        assertThat(CommandTag.of("discard temporary", 0)).isEqualTo("DISCARD TEMP");
        assertThat(CommandTag.of("discard all", 0)).isEqualTo("DISCARD ALL");
        assertThat(CommandTag.of("deallocate all", 0)).isEqualTo("DEALLOCATE ALL");
        assertThat(CommandTag.of("/* first */ checkpoint", 0)).isEqualTo("CHECKPOINT");
    }

    @Test
    void rowsReturnedByAChangeAreFollowedByItsTag() {
        assertThat(CommandTag.afterRows("insert into t values (1) returning a", 1)).contains("INSERT 0 1");
        assertThat(CommandTag.afterRows("delete from t returning a", 2)).contains("DELETE 2");
        assertThat(CommandTag.afterRows("select 1", 1)).isEmpty();
        assertThat(CommandTag.afterRows("with d as (delete from t returning *) select * from d", 1)).isEmpty();
        assertThat(CommandTag.afterRows("explain analyze delete from t", 1)).isEmpty();
    }
}
