package dev.strata.compiler.codegen;

import org.junit.jupiter.api.Test;

/** The bindings of samples/shop's facade versions, compared with reviewed golden files. */
class ShopGoldenTest {

    @Test
    void shopApiVersion2() throws Exception {
        Goldens.verify("shop_api_v2", ShopProject.generate(2).files());
    }

    @Test
    void shopApiVersion3() throws Exception {
        Goldens.verify("shop_api_v3", ShopProject.generate(3).files());
    }
}
