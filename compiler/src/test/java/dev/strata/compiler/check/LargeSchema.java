package dev.strata.compiler.check;

import static dev.strata.compiler.check.SchemaFixture.schema;

import dev.strata.compiler.model.Model;
import java.util.List;

/** A generated schema of the size the benchmark uses: tables of 10 columns with foreign keys and indexes. */
final class LargeSchema {

    private LargeSchema() {
    }

    static Model generate(int tableCount, int viewCount) {
        var fixture = schema().enumType("state", "new", "active", "closed");
        for (int i = 0; i < tableCount; i++) {
            int n = i;
            fixture.table("table_" + n, t -> {
                t.column("id", "bigint", c -> c.identity()).primaryKey("id");
                t.column("parent_id", "bigint");
                t.column("name", "text", c -> c.notNull());
                t.column("code", "varchar(20)").unique("code");
                t.column("state", "state", c -> c.defaultValue("'new'"));
                t.column("amount", "numeric(12,2)");
                t.column("created_at", "timestamptz", c -> c.defaultValue("now()"));
                t.column("flags", "integer[]");
                t.column("payload", "jsonb");
                t.column("note", "text");
                if (n > 0) {
                    t.foreignKey(List.of("parent_id"), "table_" + (n - 1));
                }
                t.index(i2 -> i2.on("parent_id", "created_at"));
                t.index(i2 -> i2.name("table_" + n + "_by_name").on("name"));
            });
        }
        int views = viewCount;
        fixture.facade("api", 1, f -> {
            for (int i = 0; i < views; i++) {
                var name = "view_" + i;
                f.view(name, v -> v.column("id", "bigint").column("name", "text").column("state", "text").key("id"));
                f.grant("select", name, "app");
            }
        });
        return fixture.build();
    }
}
