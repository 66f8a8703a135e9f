package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType;
import dev.strata.engine.catalog.TypeQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The user types of the requested schemas: core enums and domains become declarations; composite, range and
 * base types, and any type in a facade schema, are reported and left out (and so is whatever uses them).
 */
final class TypeBuilder {

    private final CatalogIndex index;
    private final Map<Long, String> domainProblems = new HashMap<>();
    private final List<TypeQuery.Row> declared = new ArrayList<>();

    TypeBuilder(CatalogIndex index) {
        this.index = index;
    }

    /** Decides which types are imported, before anything that uses them is. */
    void decide() {
        for (var type : index.catalog.types()) {
            if (!type.requested() || type.extensionMember() || isImplicit(type)) {
                continue;
            }
            String name = Findings.qualified(type.schema(), type.name());
            if (!index.isCore(type.schema())) {
                index.findings.add(kindInWords(type), name, "a facade schema holds views and routines only");
                index.exclusions.excludeType(type.oid());
            } else if (type.kind().equals("e")) {
                declared.add(type);
            } else if (type.kind().equals("d")) {
                if (domainProblem(type) == null) {
                    declared.add(type);
                }
            } else {
                index.findings.add(kindInWords(type), name, "the Strata language has no " + kindInWords(type)
                        + " declaration");
                index.exclusions.excludeType(type.oid());
            }
        }
    }

    /** Arrays, table row types and multiranges come with another object; they are not declared on their own. */
    private static boolean isImplicit(TypeQuery.Row type) {
        boolean array = "A".equals(type.category()) && type.element() != 0;
        boolean rowType = type.kind().equals("c") && !type.relkind().equals("c");
        return array || rowType || type.kind().equals("m");
    }

    private static String kindInWords(TypeQuery.Row type) {
        switch (type.kind()) {
            case "e":
                return "enum";
            case "d":
                return "domain";
            default:
                return TypeResolver.kindInWords(type);
        }
    }

    /** Why a domain cannot be imported (its base type), or null; decides the base domain first. */
    private String domainProblem(TypeQuery.Row domain) {
        if (domainProblems.containsKey(domain.oid())) {
            return domainProblems.get(domain.oid());
        }
        domainProblems.put(domain.oid(), null);
        var base = index.types.row(domain.baseType());
        if (base != null && base.kind().equals("d") && base.requested() && index.isCore(base.schema())) {
            domainProblem(base);
        }
        var resolved = index.types.resolve(domain.baseType(), domain.baseFormatted(), domain.dimensions());
        if (resolved.ok()) {
            return null;
        }
        domainProblems.put(domain.oid(), resolved.problem());
        index.findings.add("domain", Findings.qualified(domain.schema(), domain.name()), resolved.problem());
        index.exclusions.excludeType(domain.oid());
        return resolved.problem();
    }

    List<EnumType> enums() {
        return declared.stream().filter(t -> t.kind().equals("e"))
                .map(t -> new EnumType(t.name(),
                        t.labels().stream().map(l -> new EnumType.EnumValue(l, Span.NONE)).toList(),
                        t.comment(), Span.NONE))
                .sorted(java.util.Comparator.comparing(EnumType::name))
                .toList();
    }

    /** The imported domains; call after the exclusions have propagated (checks may call routines). */
    List<Domain> domains() {
        var domains = new ArrayList<Domain>();
        for (var type : declared) {
            if (type.kind().equals("d")) {
                domains.add(domain(type));
            }
        }
        domains.sort(java.util.Comparator.comparing(Domain::name));
        return domains;
    }

    private Domain domain(TypeQuery.Row type) {
        String name = Findings.qualified(type.schema(), type.name());
        var base = index.types.resolve(type.baseType(), type.baseFormatted(), type.dimensions()).type();
        if (type.collation() != null) {
            index.findings.add("domain collation", name, "collation " + type.collation()
                    + " is not imported: the Strata language has no collation on domains");
        }
        var broken = index.exclusions.brokenElements("type", type.oid());
        var checks = new ArrayList<Check>();
        for (var constraint : index.constraintsByDomain.getOrDefault(type.oid(), List.of())) {
            if (!constraint.kind().equals("c")) {
                continue;
            }
            String element = "constraint " + constraint.name();
            String constraintName = Findings.qualified(name, constraint.name());
            if (broken.containsKey(element)) {
                index.findings.add("check constraint", constraintName,
                        "depends on " + broken.get(element) + ", which is not imported");
                continue;
            }
            Constraints.reportUnexpressed(index.findings, constraint, constraintName);
            String defaultName = type.name() + "_check";
            checks.add(new Check(constraint.name().equals(defaultName) ? null : constraint.name(), null,
                    DeparsedSql.checkExpression(constraint.definition()), Span.NONE));
        }
        return new Domain(type.name(), base, type.notNull(), DefaultTerms.asTerm(type.defaultExpr()), checks,
                type.comment(), Span.NONE);
    }
}
