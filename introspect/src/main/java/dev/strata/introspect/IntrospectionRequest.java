package dev.strata.introspect;

import java.util.ArrayList;
import java.util.List;

/**
 * What to read from a database: the schema that holds the core, and the schemas that hold facade versions. Every
 * other schema is ignored, except where the requested objects point into it (which is reported as unsupported).
 */
public record IntrospectionRequest(String coreSchema, List<FacadeSchema> facades) {

    public IntrospectionRequest {
        if (coreSchema == null || coreSchema.isEmpty()) {
            throw new IllegalArgumentException("the core schema must be named");
        }
        facades = List.copyOf(facades);
        for (var facade : facades) {
            if (facade.schema().equals(coreSchema)) {
                throw new IllegalArgumentException("schema " + coreSchema + " cannot be both the core and a facade");
            }
        }
    }

    public static IntrospectionRequest of(String coreSchema, FacadeSchema... facades) {
        return new IntrospectionRequest(coreSchema, List.of(facades));
    }

    /** Every schema read: the core first, then the facades in the order given. */
    public List<String> schemas() {
        var all = new ArrayList<String>();
        all.add(coreSchema);
        facades.forEach(f -> all.add(f.schema()));
        return all;
    }

    public List<String> facadeSchemas() {
        return facades.stream().map(FacadeSchema::schema).toList();
    }
}
