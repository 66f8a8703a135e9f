package dev.strata.plan;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/**
 * {@code plan.json}: the Jackson form of {@link Plan}, record component names as property names, in component
 * order, two-space indentation and {@code \n} line ends on every platform. The checksum is SHA-256 (hex) of the
 * compact JSON of the plan with its {@code checksum} set to null, so it covers every other field.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private PlanJson() {
    }

    public static String text(Plan plan) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(plan) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize plan " + plan.id(), e);
        }
    }

    public static Plan read(String json) throws IOException {
        return MAPPER.readValue(json, Plan.class);
    }

    public static String checksum(Plan plan) {
        Plan unsealed = withChecksum(plan, null);
        try {
            return Checksums.sha256(MAPPER.writeValueAsBytes(unsealed));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize plan " + plan.id(), e);
        }
    }

    /** The plan with its checksum computed and set. */
    public static Plan seal(Plan plan) {
        return withChecksum(plan, checksum(plan));
    }

    private static Plan withChecksum(Plan p, String checksum) {
        return new Plan(p.format(), p.id(), p.sequence(), p.name(), p.project(), p.coreSchema(), p.parent(),
                p.parentChecksum(), p.fingerprintBefore(), p.fingerprintAfter(), p.toolVersion(),
                p.dataLossAccepted(), p.facadesAffected(), p.steps(), checksum);
    }
}
