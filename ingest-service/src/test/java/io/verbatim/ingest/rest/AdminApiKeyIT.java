package io.verbatim.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.verbatim.testsupport.KafkaTestResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AdminApiKeyIT.WithApiKey.class)
@QuarkusTestResource(KafkaTestResource.class)
class AdminApiKeyIT {

    public static class WithApiKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.api-key", "test-admin-key");
        }
    }

    @Test
    void theSourcesApiNeedsTheKeyAndUploadsDoNot() {
        given().get("/api/sources").then().statusCode(401).body("error", containsString("X-Api-Key"));
        given().header(AdminApiKeyFilter.HEADER, "wrong").delete("/api/sources/any").then().statusCode(401);
        given().header(AdminApiKeyFilter.HEADER, "test-admin-key").get("/api/sources").then().statusCode(200);
        given().post("/api/ingest?fileName=empty.txt").then().statusCode(400).body("error", containsString("empty"));
    }
}
