package io.verbatim.index.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.verbatim.testsupport.PipelineTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AdminApiKeyIT.WithApiKey.class)
@QuarkusTestResource(PipelineTestResource.class)
class AdminApiKeyIT {

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.api-key", "test-admin-key");
        }
    }

    @Test
    void theReindexApiNeedsTheKey() {
        given().post("/api/reindex").then().statusCode(401).body("error", containsString("X-Api-Key"));
        given().header(AdminApiKeyFilter.HEADER, "test-admin-key").get("/api/reindex").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
