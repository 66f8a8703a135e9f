package dev.strata.compiler.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.StdConverter;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Collation;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.IdentityOptions;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Inherits;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.PartitionKey;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.plan.Checksums;
import dev.strata.plan.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The identity of a model: SHA-256 of a canonical JSON form without source positions, with every collection whose
 * order does not matter to the database sorted (tables, columns, constraints, facades…). Moving a declaration to
 * another file or reordering columns keeps the fingerprint; any change a plan would act on changes it.
 */
public final class ModelFingerprint {

    /**
     * Strata's one JSON configuration ({@link Json}), copied (the shared mapper must not be reconfigured) with one
     * module more: every {@link Span} written as null, because a fingerprint must not change when a declaration
     * moves, and spans are not part of a model's meaning (they take no part in equality either). The module has a
     * name of its own: a second module named like the shared one would be ignored as a duplicate registration.
     * Nothing else of the configuration matters here (the model holds no maps, instants or durations), so the
     * fingerprints of existing plans are unchanged.
     */
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new SimpleModule("strata-fingerprint").addSerializer(Span.class, new JsonSerializer<>() {
                @Override
                public void serialize(Span span, JsonGenerator json, SerializerProvider provider) throws IOException {
                    json.writeNull();
                }
            }))
            .addMixIn(Core.class, CoreWithoutEmptyCollations.class)
            .addMixIn(Table.class, TableWithoutEmptyRowSecurity.class)
            .addMixIn(Index.class, IndexWithoutEmptyStorage.class)
            .addMixIn(Column.class, ColumnWithoutIdentityOptions.class)
            .addMixIn(Check.class, CheckWithoutDefaults.class)
            .addMixIn(dev.strata.compiler.model.TypeChange.class, TypeChangeWithoutOffline.class)
            .addMixIn(ForeignKey.class, ForeignKeyWithoutDefaults.class)
            .addMixIn(PrimaryKey.class, NotDeferrableByDefault.class)
            .addMixIn(UniqueConstraint.class, NotDeferrableByDefault.class)
            .addMixIn(Exclusion.class, WithoutComment.class)
            .addMixIn(Trigger.class, WithoutComment.class)
            .addMixIn(Sequence.class, WithoutComment.class)
            .addMixIn(Routine.class, RoutineWithoutDefaultOptions.class)
            .addMixIn(View.class, ViewWithoutParts.class)
            .addMixIn(TypeRef.class, TypeWithCanonicalModifiers.class);

    /**
     * A type's modifiers as they are compared ({@link TypeNames#sameType}): a word in lower case, since the types
     * that take words read them case-insensitively, so {@code geometry("Point",4326)} as PostgreSQL prints it and
     * {@code geometry(point,4326)} as a source writes it are one model. Numbers, all that built-in types take, are
     * written as before.
     */
    private abstract static class TypeWithCanonicalModifiers {
        @JsonSerialize(converter = CanonicalModifiers.class)
        abstract List<String> modifiers();
    }

    private static final class CanonicalModifiers extends StdConverter<List<String>, List<String>> {
        @Override
        public List<String> convert(List<String> modifiers) {
            return TypeNames.canonicalModifiers(modifiers);
        }
    }

    /** A view without indexes or triggers is written as before they existed in the language. */
    private abstract static class ViewWithoutParts {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Index> indexes();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Trigger> triggers();
    }

    /** A core without collations is written as before they existed in the language. */
    private abstract static class CoreWithoutEmptyCollations {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Collation> collations();
    }

    /**
     * A table without row level security, policies, partitioning or parents is written as before they existed in the
     * language, so the
     * fingerprints of existing plans stay what they were.
     */
    private abstract static class TableWithoutEmptyRowSecurity {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<RowSecurity> rowSecurity();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Policy> policies();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Exclusion> exclusions();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract PartitionKey partitionBy();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract PartitionOf partitionOf();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Inherits inherits();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<StorageParameter> storage();
    }

    /** A column without identity options is written as before they existed in the language. */
    private abstract static class ColumnWithoutIdentityOptions {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract IdentityOptions identityOptions();
    }

    /** An index without storage parameters or a comment is written as before they existed in the language. */
    private abstract static class IndexWithoutEmptyStorage {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<StorageParameter> storage();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String comment();
    }

    /** A conversion that does not ask for the offline form is written as before {@code offline} existed. */
    private abstract static class TypeChangeWithoutOffline {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean offline();

        /** A column that expands another is a different model (its sync triggers); others are written as before. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String expands();
    }

    /** A valid, inherited check is written as before {@code not valid} and {@code no inherit} existed. */
    private abstract static class CheckWithoutDefaults {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean notValid();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String comment();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean noInherit();
    }

    /** A valid {@code match simple} foreign key is written as before {@code not valid} and {@code match full}. */
    private abstract static class ForeignKeyWithoutDefaults {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean notValid();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String comment();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean matchFull();
    }

    /** An exclusion constraint, trigger or sequence without a comment is written as before they could have one. */
    private abstract static class WithoutComment {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String comment();
    }

    /**
     * A primary key or unique constraint that is not deferrable (or has no comment) is written as before keys could
     * be deferred (or commented).
     */
    private abstract static class NotDeferrableByDefault {
        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean deferrable();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String comment();

        @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        abstract boolean initiallyDeferred();
    }

    /**
     * A routine without cost, rows, parallel, leakproof or set options is written as before they existed in the
     * language, so the fingerprints of existing plans stay what they were.
     */
    private abstract static class RoutineWithoutDefaultOptions {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NoOptions.class)
        abstract RoutineOptions options();
    }

    /** Jackson's value filter: {@code equals} true means the value is left out. */
    private static final class NoOptions {
        @Override
        public boolean equals(Object value) {
            return value instanceof RoutineOptions options && options.none();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    private ModelFingerprint() {
    }

    public static String of(Model model) {
        try {
            return Checksums.sha256(MAPPER.writeValueAsString(canonical(model)).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the model", e);
        }
    }

    static Model canonical(Model model) {
        Core c = model.core();
        var core = new Core(byName(c.extensions(), e -> e.name()), byName(c.enums(), e -> e.name()),
                byName(c.domains(), d -> d.name()), byName(c.sequences(), s -> s.name()),
                byName(c.tables().stream().map(ModelFingerprint::table).toList(), Table::name),
                byName(c.views().stream().map(ModelFingerprint::view).toList(), v -> v.name()),
                byName(c.routines(), r -> r.signature()),
                byName(c.collations(), co -> co.name()));
        var facades = model.facades().stream()
                .map(f -> new Facade(f.name(), f.version(), byName(f.views(), v -> v.name()),
                        byName(f.routines(), r -> r.signature()), byText(f.grants()), f.span()))
                .sorted(Comparator.comparing(Facade::name).thenComparingInt(Facade::version))
                .toList();
        return new Model(core, facades);
    }

    private static Table table(Table t) {
        return new Table(t.name(), byName(t.columns(), col -> col.name()), t.primaryKey(), byText(t.uniques()),
                byText(t.checks()), byText(t.foreignKeys()), byText(t.indexes()), byText(t.triggers()),
                t.rowSecurity(), byText(t.policies()), t.comment(),
                t.renamedFrom(), t.span()).withPartitioning(t.partitionBy(), t.partitionOf())
                .withExclusions(byText(t.exclusions())).withInherits(t.inherits())
                .withStorage(t.storage());
    }

    private static View view(View v) {
        return v.withParts(byText(v.indexes()), byText(v.triggers()));
    }

    private static <T> List<T> byName(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }

    /** Sorted by JSON form, each item written once (not once per comparison). */
    private static <T> List<T> byText(List<T> items) {
        if (items.size() < 2) {
            return items;
        }
        return items.stream().map(item -> Map.entry(json(item), item)).sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
    }

    /** A node in the fingerprint's JSON form. */
    static String json(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
