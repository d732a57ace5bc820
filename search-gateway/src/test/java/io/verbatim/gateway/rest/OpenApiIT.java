package io.verbatim.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.testsupport.PipelineTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class OpenApiIT {

    @Test
    void theApiIsDescribedWithEveryEndpointAndTheSearchParameters() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("Verbatim search API"))
                .body("paths.'/api/search'.get.parameters.name", hasItems("q", "type", "language", "country", "spokenLanguage",
                        "body", "symbol", "role", "speaker", "agendaItem", "dateFrom", "dateTo", "size", "sort", "from", "after"))
                .body("paths.'/api/search'.get.parameters.find { it.name == 'symbol' }.description", containsString("S/PV.*"))
                .body("paths.'/api/documents/{id}'.get", notNullValue())
                .body("paths.'/api/documents/{id}/file'.get", notNullValue())
                .body("paths.'/api/documents/{id}/speeches/{seq}/versions'.get", notNullValue())
                .body("paths.'/api/suggest'.get", notNullValue())
                .body("paths.'/api/export'.get", notNullValue())
                .body("paths.'/api/alerts'.post", notNullValue())
                .body("paths.'/api/alerts/{id}/events'.get", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }
}
