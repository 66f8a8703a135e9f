package dev.strata.introspect;

import java.util.regex.Pattern;

/** A schema read as one facade version: {@code shop_api_v2} as facade {@code shop_api} version 2. */
public record FacadeSchema(String schema, String name, int version) {

    private static final Pattern VERSIONED = Pattern.compile("(.+)_v([1-9][0-9]{0,8})");
    private static final Pattern SPEC = Pattern.compile("([^=]+)=([^:]+):([1-9][0-9]{0,8})");

    public FacadeSchema {
        if (version < 1) {
            throw new IllegalArgumentException("a facade version is a positive number: " + version);
        }
    }

    /**
     * From the command line: {@code SCHEMA=NAME:VERSION} ({@code api=shop_api:1}), or just the schema when it is
     * already named the way Strata names facade schemas ({@code shop_api_v2}).
     */
    public static FacadeSchema parse(String spec) {
        var explicit = SPEC.matcher(spec);
        if (explicit.matches()) {
            return new FacadeSchema(explicit.group(1), explicit.group(2), Integer.parseInt(explicit.group(3)));
        }
        var versioned = VERSIONED.matcher(spec);
        if (versioned.matches()) {
            return new FacadeSchema(spec, versioned.group(1), Integer.parseInt(versioned.group(2)));
        }
        throw new IllegalArgumentException("expected SCHEMA=NAME:VERSION or a schema named NAME_vN, got '" + spec
                + "'");
    }
}
