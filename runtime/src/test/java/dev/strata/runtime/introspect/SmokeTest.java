package dev.strata.runtime.introspect;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() throws Exception {
        String url = LiveDatabase.create("smoke", """
                create schema core;
                set search_path = core;
                create type st as enum ('a','b');
                create domain pos as int not null default 1 check (value > 0);
                create table u (id int primary key, s st default 'a', p pos, n numeric(12,2) default 0 check (n >= 0),
                   ts timestamptz default now(), arr text[] default '{}', x int default (1+2), d date default current_date,
                   v varchar(10) collate "C" default 'x', t3 timestamp(3) with time zone, b bit(3), vb bit varying(5),
                   t time(2), e numeric generated always as (n * 2) stored, unique (s, n), check (x > n));
                create index on u (lower(v) collate "POSIX" text_pattern_ops desc nulls last, (n+1), v) include (p) where n > 0;
                create function touch() returns trigger language plpgsql as 'begin return new; end';
                create trigger trg before update of s, n on u for each row when (old.n is distinct from new.n) execute function touch('a', 'b''c');
                create view uv as select id, s from u;
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        System.out.println(result.model());
        result.unsupported().forEach(System.out::println);
        System.out.println(result.catalogQueries());
    }
}
