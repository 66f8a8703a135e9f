package dev.strata.compiler.check;

import static dev.strata.compiler.check.Findings.assertNoteAt;
import static dev.strata.compiler.check.SchemaFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Severity;
import dev.strata.compiler.model.ForeignKey.Action;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyChecksTest {

    private static SchemaFixture withCustomer() {
        return schema().table("customer", t -> t
                .column("id", "bigint").primaryKey("id")
                .column("email", "text")
                .column("region", "text")
                .column("code", "varchar(20)")
                .unique("code"));
    }

    @Test
    void columnCountsMustMatch() {
        var model = withCustomer()
                .table("purchase", t -> t.column("id", "bigint").primaryKey("id")
                        .column("a", "bigint").column("b", "bigint")
                        .foreignKey(List.of("a", "b"), "customer")
                        .foreignKey(List.of("a"), "customer", "id", "email"))
                .build();

        assertThat(Findings.of(model).withCode("S1201")).extracting(d -> d.message()).containsExactly(
                "foreign key (a, b) has 2 columns but references the primary key of 'customer', which has 1 column",
                "foreign key (a) has 1 column but references 2 columns of 'customer'");
    }

    @Test
    void typesMustMatchAfterResolvingDomainsAliasesAndSerial() {
        var model = schema()
                .domain("customer_id", "int8")
                .table("customer", t -> t.column("id", "bigserial").primaryKey("id")
                        .column("code", "varchar(20)").unique("code"))
                .table("fine", t -> t.column("id", "bigint").primaryKey("id")
                        .column("c1", "customer_id").column("c2", "bigint").column("code", "character varying(10)")
                        .foreignKey(List.of("c1"), "customer")
                        .foreignKey(List.of("c2"), "customer", "id")
                        .foreignKey(List.of("code"), "customer", "code"))
                .table("wrong", t -> t.column("id", "bigint").primaryKey("id")
                        .column("customer_id", "integer")
                        .foreignKey(List.of("customer_id"), "customer"))
                .build();

        var found = Findings.of(model).single("S1202");

        assertThat(found.message()).isEqualTo(
                "foreign key column 'customer_id' is integer but references 'customer.id', which is bigserial"
                        + " (bigint)");
        assertThat(found.hint()).isEqualTo(
                "declare 'customer_id' as bigserial, the type of the column it references");
        assertNoteAt(found, model.core().tables().get(0).columns().get(0).span());
    }

    @Test
    void referencedColumnsMustBeAKeyOrAPlainUniqueIndex() {
        var model = withCustomer()
                .table("customer_by_email", t -> t.column("id", "bigint").primaryKey("id")
                        .column("email", "text")
                        .index(i -> i.unique().on("email")))
                .table("purchase", t -> t.column("id", "bigint").primaryKey("id")
                        .column("email", "text").column("code", "varchar(20)")
                        .foreignKey(List.of("email"), "customer", "email")
                        .foreignKey(List.of("code"), "customer", "code")
                        .foreignKey(List.of("email"), "customer_by_email", "email"))
                .build();

        var found = Findings.of(model).single("S1203");

        assertThat(found.message()).isEqualTo(
                "foreign key references (email) of table 'customer', which are not its primary key nor unique");
        assertThat(found.hint()).isEqualTo("add 'unique (email)' to table 'customer', or reference its primary key");
    }

    @Test
    void omittingTheReferencedColumnsNeedsAPrimaryKey() {
        var model = schema()
                .table("log", t -> t.column("id", "bigint"))
                .table("entry", t -> t.column("id", "bigint").primaryKey("id").column("log_id", "bigint")
                        .foreignKey(List.of("log_id"), "log"))
                .build();

        var found = Findings.of(model).single("S1204");

        assertThat(found.message()).isEqualTo(
                "foreign key of table 'entry' references table 'log', which has no primary key");
    }

    @Test
    void generatedColumnsCannotBeChangedByReferentialActions() {
        var model = withCustomer()
                .table("purchase", t -> t.column("id", "bigint").primaryKey("id")
                        .column("customer_id", "bigint", c -> c.generated("(id / 10)"))
                        .foreignKey(null, List.of("customer_id"), "customer", List.of(), Action.SET_NULL,
                                Action.CASCADE))
                .build();

        assertThat(Findings.of(model).withCode("S1205")).extracting(d -> d.message()).containsExactly(
                "'on update cascade' cannot change generated column 'purchase.customer_id'",
                "'on delete set null' cannot change generated column 'purchase.customer_id'");
    }

    @Test
    void setNullOnANotNullColumnIsAWarning() {
        var model = withCustomer()
                .table("purchase", t -> t.column("id", "bigint").primaryKey("id")
                        .column("customer_id", "bigint", c -> c.notNull())
                        .column("maybe_customer_id", "bigint")
                        .foreignKey(null, List.of("customer_id"), "customer", List.of(), Action.SET_NULL,
                                Action.NO_ACTION)
                        .foreignKey(null, List.of("maybe_customer_id"), "customer", List.of(), Action.SET_NULL,
                                Action.NO_ACTION))
                .build();

        var found = Findings.of(model).single("S1206");

        assertThat(found.severity()).isEqualTo(Severity.WARNING);
        assertThat(found.message()).isEqualTo(
                "'on delete set null' on not-null column 'purchase.customer_id' fails whenever a referenced row is"
                        + " deleted");
    }
}
