package dev.strata.runtime.plans;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.strata.compiler.plan.Plan;
import java.io.IOException;
import java.nio.file.Path;

/** Reads {@code plan.json}: the Jackson form of {@link Plan}, record component names as property names. */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private PlanJson() {
    }

    public static Plan read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Plan.class);
    }

    public static byte[] bytes(Plan plan) {
        try {
            return MAPPER.writeValueAsBytes(plan);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize plan " + plan.id(), e);
        }
    }

    public static String text(Plan plan) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize plan " + plan.id(), e);
        }
    }
}
