package dev.strata.compiler.format;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random schemas, built in code, print to text that parses back to the same schema and prints the same again. */
class RandomSchemaProperties {

    private static final List<String> KEYWORDS = new ArrayList<>(GrammarKeywords.all());

    @Property(tries = 500)
    void printedSchemasParseBackUnchanged(@ForAll long seed) {
        var unit = new RandomSchemas(seed, KEYWORDS).unit();
        RoundTrip.assertRoundTrip(unit);
    }
}
