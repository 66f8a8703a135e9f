package dev.strata.cli;

import dev.strata.introspect.FacadeSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code --core-schema} and {@code --facade}: which schemas of a live database are read, and as what. */
final class SchemaOptions {

    static final String DEFAULT_CORE = "core";

    private SchemaOptions() {
    }

    static Options add(Options options) {
        options.addOption(Option.builder().longOpt("core-schema").hasArg().argName("SCHEMA")
                .desc("The schema of a live database that holds the core (default: core, or the project's)").get());
        options.addOption(Option.builder().longOpt("facade").hasArg().argName("SCHEMA[=NAME:VERSION]")
                .desc("A schema read as a facade version: shop_api_v2, or api=shop_api:2 when the schema is not named"
                        + " NAME_vN. Repeat for each version.").get());
        return options;
    }

    /** The core schema given, or null. */
    static String core(CommandLine line) {
        return line.getOptionValue("core-schema");
    }

    /** The facade schemas given (empty when none). */
    static List<FacadeSchema> facades(CommandLine line) {
        var facades = new ArrayList<FacadeSchema>();
        String[] values = line.getOptionValues("facade");
        if (values == null) {
            return facades;
        }
        for (String value : values) {
            try {
                facades.add(FacadeSchema.parse(value));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--facade " + e.getMessage());
            }
        }
        return facades;
    }
}
