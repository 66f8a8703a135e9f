package dev.strata.compiler.diff;

/**
 * What a comment is on. {@code name} is the table, type, view or routine name; {@code column} is set for column
 * comments and holds the index's name for index comments (whose {@code name} is the index's table or materialized
 * view), the constraint's or trigger's name for their comments (whose {@code name} is their table, or a view for a
 * view's trigger); {@code signature} (argument types) for routines.
 */
public record CommentTarget(Kind kind, Scope scope, String name, String column, String signature) {

    public enum Kind {
        TABLE("TABLE"), COLUMN("COLUMN"), TYPE("TYPE"), DOMAIN("DOMAIN"), VIEW("VIEW"),
        MATERIALIZED_VIEW("MATERIALIZED VIEW"), FUNCTION("FUNCTION"), PROCEDURE("PROCEDURE"),
        INDEX("INDEX"), CONSTRAINT("CONSTRAINT"), TRIGGER("TRIGGER"), SEQUENCE("SEQUENCE");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    /** In words: {@code column customer.email}, {@code view shop_api v2 customers}. */
    public String describe() {
        String named = column == null ? name : name + "." + column;
        return kind.sql().toLowerCase(java.util.Locale.ROOT) + " " + scope.named(named);
    }
}
