package io.verbatim.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion of speaker, country and symbol boxes, against the speech turns of the test archive. */
@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class SuggestResourceIT {

    @BeforeAll
    static void loadArchive() {
        SearchArchive.load(ElasticsearchTestClient.of(TestInfrastructure.all()));
    }

    @Test
    void aSpeakerIsSuggestedFromTheStartOfAnyWordOfTheName() {
        given().queryParam("field", "speaker").queryParam("prefix", "mart").get("/api/suggest").then().statusCode(200)
                .body("suggestions.value", contains("Mr. Martin")).body("suggestions.count", contains(1));
    }

    @Test
    void symbolsAreSuggestedByTheirBeginningWithTheirTurnCounts() {
        given().queryParam("field", "symbol").queryParam("prefix", "cd/pv.151").get("/api/suggest").then().statusCode(200)
                .body("suggestions.value", contains("CD/PV.1511", "CD/PV.1512"))
                .body("suggestions.count", contains(3, 3));
    }

    @Test
    void aCountryIsSuggestedByItsCode() {
        given().queryParam("field", "country").queryParam("prefix", "deu").get("/api/suggest").then().statusCode(200)
                .body("suggestions.value", contains("DEU"));
    }

    @Test
    void aWrongFieldOrAnEmptyPrefixIsA400ThatSaysWhy() {
        given().queryParam("field", "title").queryParam("prefix", "x").get("/api/suggest").then().statusCode(400)
                .body("error", containsString("field must be speaker, country or symbol"));
        given().queryParam("field", "speaker").get("/api/suggest").then().statusCode(400)
                .body("error", containsString("prefix must hold"));
        given().queryParam("field", "speaker").queryParam("prefix", "m").queryParam("size", "many").get("/api/suggest")
                .then().statusCode(400).body("error", containsString("size must be a whole number"));
    }
}
