package dev.strata.introspect;

import java.util.List;

/** The schemas one introspection reads and the server's major version, as the catalog queries need them. */
record Scope(String coreSchema, List<String> schemas, List<String> facadeSchemas, int serverMajorVersion) {

    Scope {
        schemas = List.copyOf(schemas);
        facadeSchemas = List.copyOf(facadeSchemas);
    }

    static Scope of(IntrospectionRequest request, int serverMajorVersion) {
        return new Scope(request.coreSchema(), request.schemas(), request.facadeSchemas(), serverMajorVersion);
    }

    boolean isCore(String schema) {
        return coreSchema.equals(schema);
    }

    /** A SQL fragment for servers from {@code major} on, and {@code older} before it. */
    String since(int major, String fragment, String older) {
        return serverMajorVersion >= major ? fragment : older;
    }

    /** {@code EXISTS (…)}: the object is a member of an extension, so it belongs to the extension, not to us. */
    static String extensionMember(String catalog, String oidColumn) {
        return "EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + catalog + "'::regclass AND e.objid = "
                + oidColumn + " AND e.deptype = 'e')";
    }

    static String notExtensionMember(String catalog, String oidColumn) {
        return "NOT " + extensionMember(catalog, oidColumn);
    }
}
