package dev.strata.engine.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FacadeSchemasTest {

    @Test
    void aSchemaNameGivesItsFacadeAndVersion() {
        assertThat(FacadeSchemas.parse("shop_api_v12")).contains(new FacadeSchemas.FacadeVersion("shop_api", 12));
        assertThat(FacadeSchemas.parse("Shöp API_v1")).contains(new FacadeSchemas.FacadeVersion("Shöp API", 1));
        assertThat(FacadeSchemas.parse("a_v2_v3")).contains(new FacadeSchemas.FacadeVersion("a_v2", 3));
        assertThat(FacadeSchemas.parse("core")).isEmpty();
        assertThat(FacadeSchemas.parse("_v")).isEmpty();
    }

    @Test
    void theOwnerRoleIsCutToSixtyThreeBytesOnACharacterBoundary() {
        assertThat(FacadeSchemas.ownerRole("shop_api")).isEqualTo("shop_api_owner");
        String longName = "ö".repeat(29);
        String owner = FacadeSchemas.ownerRole(longName);
        assertThat(owner.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(owner).isEqualTo(longName + "_owne");
    }
}
