package dev.strata.compiler.codegen;

import org.junit.jupiter.api.Test;

/** The bindings of the types facade: every mapping, every result shape, compared with reviewed golden files. */
class TypesGoldenTest {

    @Test
    void typesApiVersion1() throws Exception {
        Goldens.verify("types_api_v1", TypesProject.generate().files());
    }
}
