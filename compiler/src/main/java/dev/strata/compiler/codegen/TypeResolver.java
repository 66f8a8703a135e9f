package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Core;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the PostgreSQL types a facade declares to Java types: built-ins by {@link ScalarKind}, core enums to
 * generated enums, domains by their base type, one-dimensional arrays to lists. Anything else is reported at the
 * type's span and resolves to empty, so no code is generated for it.
 */
final class TypeResolver {

    private static final Map<String, ScalarKind> BUILT_INS = Map.ofEntries(
            Map.entry("smallint", ScalarKind.SHORT),
            Map.entry("integer", ScalarKind.INT),
            Map.entry("bigint", ScalarKind.LONG),
            Map.entry("real", ScalarKind.FLOAT),
            Map.entry("double precision", ScalarKind.DOUBLE),
            Map.entry("numeric", ScalarKind.DECIMAL),
            Map.entry("boolean", ScalarKind.BOOLEAN),
            Map.entry("text", ScalarKind.STRING),
            Map.entry("character varying", ScalarKind.STRING),
            Map.entry("character", ScalarKind.STRING),
            Map.entry("citext", ScalarKind.UNTYPED_STRING),
            Map.entry("json", ScalarKind.JSON),
            Map.entry("jsonb", ScalarKind.JSON),
            Map.entry("bytea", ScalarKind.BYTES),
            Map.entry("uuid", ScalarKind.UUID_),
            Map.entry("date", ScalarKind.DATE),
            Map.entry("timestamp without time zone", ScalarKind.TIMESTAMP),
            Map.entry("timestamp with time zone", ScalarKind.TIMESTAMPTZ),
            Map.entry("time without time zone", ScalarKind.TIME),
            Map.entry("time with time zone", ScalarKind.TIMETZ),
            Map.entry("interval", ScalarKind.INTERVAL));

    private final Core core;
    private final String javaPackage;
    private final Diagnostics diagnostics;
    private final Set<String> enumsUsed = new HashSet<>();

    TypeResolver(Core core, String javaPackage, Diagnostics diagnostics) {
        this.core = core;
        this.javaPackage = javaPackage;
        this.diagnostics = diagnostics;
    }

    /** The Java mapping of {@code type}, used by {@code usedBy} ("column id of view customers"). */
    Optional<MappedType> resolve(TypeRef type, String usedBy) {
        return resolve(type, usedBy, new HashSet<>());
    }

    /** The core enums that resolved types refer to, in the order the core declares them. */
    List<EnumType> enumsUsed() {
        return core.enums().stream().filter(e -> enumsUsed.contains(e.name())).toList();
    }

    ClassName enumClass(EnumType type) {
        return ClassName.get(javaPackage, JavaNames.upperCamel(type.name()));
    }

    private Optional<MappedType> resolve(TypeRef type, String usedBy, Set<String> domainsSeen) {
        if (type.arrayDimensions() > 1) {
            diagnostics.report(CodegenDiagnostics.unsupportedType(type.span(), type.sql(), usedBy,
                    "arrays of more than one dimension are not mapped"));
            return Optional.empty();
        }
        Optional<MappedType> element = resolveElement(type.elementType(), usedBy, domainsSeen);
        if (element.isEmpty() || !type.isArray()) {
            return element;
        }
        if (element.get() instanceof MappedType.ListOf) {
            diagnostics.report(CodegenDiagnostics.unsupportedType(type.span(), type.sql(), usedBy,
                    "an array of a domain over an array has more than one dimension"));
            return Optional.empty();
        }
        return Optional.of(new MappedType.ListOf(element.get()));
    }

    private Optional<MappedType> resolveElement(TypeRef type, String usedBy, Set<String> domainsSeen) {
        String canonical = TypeNames.canonicalName(type.name());
        ScalarKind kind = BUILT_INS.get(canonical);
        if (kind != null) {
            return Optional.of(new MappedType.Scalar(kind));
        }
        if (TypeNames.isBuiltIn(canonical)) {
            diagnostics.report(CodegenDiagnostics.unsupportedType(type.span(), type.sql(), usedBy, ""));
            return Optional.empty();
        }
        Optional<EnumType> enumType = core.enumType(type.name());
        if (enumType.isPresent()) {
            enumsUsed.add(enumType.get().name());
            return Optional.of(new MappedType.Enum(enumType.get(), enumClass(enumType.get())));
        }
        Optional<Domain> domain = core.domain(type.name());
        if (domain.isEmpty()) {
            diagnostics.report(CodegenDiagnostics.unknownType(type.span(), type.sql(), usedBy));
            return Optional.empty();
        }
        if (!domainsSeen.add(domain.get().name())) {
            diagnostics.report(CodegenDiagnostics.unsupportedType(type.span(), type.sql(), usedBy,
                    "domain " + domain.get().name() + " is defined in terms of itself"));
            return Optional.empty();
        }
        return resolve(domain.get().baseType(), usedBy, domainsSeen);
    }
}
