package dev.strata.spring;

import dev.strata.engine.facade.FacadeSchemas;

/** The facade version an application is pinned to, {@code spring.strata.facade=shop_api:3}. */
public record FacadePin(String facade, int version) {

    static FacadePin parse(String text) {
        String value = text.strip();
        int colon = value.lastIndexOf(':');
        if (colon > 0 && colon < value.length() - 1) {
            String version = value.substring(colon + 1);
            if (version.matches("[1-9][0-9]{0,8}")) {
                return new FacadePin(value.substring(0, colon), Integer.parseInt(version));
            }
        }
        throw new StrataStartupException("spring.strata.facade is '" + text + "', which names no facade version.",
                "Write the facade's name and the version number after a colon, for example"
                        + " spring.strata.facade=shop_api:3.");
    }

    /** The version's schema, {@code shop_api_v3}. */
    public String schema() {
        return FacadeSchemas.schema(facade, version);
    }

    public String label() {
        return facade + " v" + version;
    }

    @Override
    public String toString() {
        return facade + ":" + version;
    }
}
