package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Grant.Privilege;
import dev.strata.compiler.model.Grant;
import dev.strata.engine.catalog.PrivilegeQuery;
import dev.strata.engine.facade.FacadeSchemas;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Privileges as the language can say them: on facade views and routines, to named roles. Roles holding the same
 * privileges on an object share one {@link Grant}; a role holding every table privilege on a view gets
 * {@code all}. Grants on core objects, column grants, grants to PUBLIC, {@code with grant option} and privileges
 * such as TRUNCATE are reported; what the runtime grants each facade's owner role on the core is not a grant of the
 * sources and is left alone.
 */
final class GrantBuilder {

    private static final Set<String> VIEW_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> ALL_TABLE_PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE",
            "TRUNCATE", "REFERENCES", "TRIGGER");

    private final CatalogIndex index;
    private final Map<String, List<PrivilegeQuery.Row>> byObject;

    GrantBuilder(CatalogIndex index) {
        this.index = index;
        this.byObject = CatalogIndex.grouped(index.catalog.privileges(), p -> p.on() + ":" + p.oid());
    }

    /** Reports every privilege on core objects and every column privilege: the language grants on facades only. */
    void reportCore() {
        var owners = index.request.facades().stream().map(f -> FacadeSchemas.ownerRole(f.name())).toList();
        for (var privilege : index.catalog.privileges()) {
            if (isDefault(privilege)) {
                continue;
            }
            if (!privilege.on().equals("column") && owners.contains(privilege.grantee())) {
                // the runtime grants each facade's owner role the core tables and sequences (docs/concepts.md)
                continue;
            }
            if (privilege.on().equals("column")) {
                var relation = index.relations.get(privilege.oid());
                String object = relation == null ? "relation " + privilege.oid()
                        : Findings.qualified(Describe.relation(relation), index.columnName(privilege.oid(),
                                privilege.column()));
                index.findings.add("grant", object, privilege.privilege() + " to " + privilege.grantee()
                        + ": the Strata language has no column privileges");
            } else if (privilege.on().equals("relation")) {
                reportRelation(privilege);
            } else {
                var routine = index.routines.get(privilege.oid());
                if (routine != null) {
                    reportIfCore(Describe.routine(routine), routine.schema(), privilege);
                }
            }
        }
    }

    /**
     * Whether PUBLIC may execute a routine is a property of the routine ({@link RoutineBuilder} reports it when it
     * differs from what Strata does), not a grant of the sources.
     */
    private static boolean isDefault(PrivilegeQuery.Row privilege) {
        return privilege.on().equals("routine") && privilege.grantee().equals("PUBLIC")
                && privilege.privilege().equals("EXECUTE");
    }

    /** Relation privileges cover sequences too, which are not among the relation rows. */
    private void reportRelation(PrivilegeQuery.Row privilege) {
        var relation = index.relations.get(privilege.oid());
        if (relation != null) {
            reportIfCore(Describe.relation(relation), relation.schema(), privilege);
            return;
        }
        index.catalog.sequences().stream().filter(s -> s.oid() == privilege.oid()).findFirst().ifPresent(s ->
                reportIfCore(Findings.qualified(s.schema(), s.name()), s.schema(), privilege));
    }

    private void reportIfCore(String object, String schema, PrivilegeQuery.Row privilege) {
        if (index.isCore(schema)) {
            index.findings.add("grant", object, privilege.privilege() + " to " + privilege.grantee()
                    + ": the Strata language grants privileges on facade objects only");
        }
    }

    /** The grants on one facade view ({@code relation}) or routine. */
    List<Grant> grants(String on, long oid, String object, String qualifiedName) {
        Map<String, Set<String>> byRole = new TreeMap<>();
        for (var row : byObject.getOrDefault(on + ":" + oid, List.of())) {
            if (isDefault(row)) {
                continue;
            }
            if (row.grantee().equals("PUBLIC")) {
                index.findings.add("grant", qualifiedName, row.privilege()
                        + " to PUBLIC: the Strata language grants to named roles only");
                continue;
            }
            if (row.grantable()) {
                index.findings.add("grant", qualifiedName, "WITH GRANT OPTION of " + row.privilege() + " to "
                        + row.grantee() + " is not imported");
            }
            byRole.computeIfAbsent(row.grantee(), r -> new TreeSet<>()).add(row.privilege());
        }
        Map<EnumSet<Privilege>, List<String>> rolesByPrivileges = new LinkedHashMap<>();
        for (var entry : byRole.entrySet()) {
            var privileges = privileges(on, entry.getValue(), qualifiedName, entry.getKey());
            if (!privileges.isEmpty()) {
                rolesByPrivileges.computeIfAbsent(privileges, p -> new ArrayList<>()).add(entry.getKey());
            }
        }
        var grants = new ArrayList<Grant>();
        rolesByPrivileges.forEach((privileges, roles) ->
                grants.add(new Grant(List.copyOf(privileges), object, roles, Span.NONE)));
        return grants;
    }

    private EnumSet<Privilege> privileges(String on, Set<String> held, String object, String role) {
        var privileges = EnumSet.noneOf(Privilege.class);
        if (on.equals("routine")) {
            privileges.add(Privilege.EXECUTE);
            return privileges;
        }
        if (held.containsAll(ALL_TABLE_PRIVILEGES)) {
            privileges.add(Privilege.ALL);
            return privileges;
        }
        for (String privilege : held) {
            if (VIEW_PRIVILEGES.contains(privilege)) {
                privileges.add(Privilege.valueOf(privilege));
            } else {
                index.findings.add("grant", object, privilege + " to " + role
                        + ": the Strata language grants select, insert, update, delete or all on views");
            }
        }
        return privileges;
    }
}
