package io.verbatim.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-client rate limit (set low here) and CORS for the origins configured. */
@QuarkusTest
@TestProfile(ClientLimitsIT.LowLimit.class)
@QuarkusTestResource(PipelineTestResource.class)
class ClientLimitsIT {

    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.rate-limit.per-second", "0.2", "verbatim.rate-limit.burst", "3",
                    "quarkus.http.cors.origins", "https://research.example.org");
        }
    }

    @BeforeAll
    static void loadArchive() {
        SearchArchive.load(ElasticsearchTestClient.of(TestInfrastructure.all()));
    }

    @Test
    void aClientPastItsBurstIsA429WithRetryAfterAndHealthIsNotCounted() {
        // One token takes 5 s at 0.2/s; the burst may take a second or more on a slow machine, so the wait
        // left is between 1 and 5 s, never 0 and never more than one token's time.
        for (int i = 0; i < 3; i++) {
            given().get("/api/search?q=security").then().statusCode(200);
        }
        given().get("/api/search?q=security").then().statusCode(429)
                .header("Retry-After", Integer::parseInt, both(greaterThanOrEqualTo(1)).and(lessThanOrEqualTo(5)))
                .body("error", containsString("too many requests"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aListedOriginMayCallTheApiAndAnotherIsNotAllowed() {
        given().header("Origin", "https://research.example.org").header("Access-Control-Request-Method", "GET")
                .options("/api/suggest").then().header("Access-Control-Allow-Origin", equalTo("https://research.example.org"));
        given().header("Origin", "https://elsewhere.example.com").header("Access-Control-Request-Method", "GET")
                .options("/api/suggest").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
