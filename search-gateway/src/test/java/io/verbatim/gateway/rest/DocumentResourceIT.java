package io.verbatim.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class DocumentResourceIT {

    @BeforeAll
    static void loadArchive() {
        SearchArchive.load(ElasticsearchTestClient.of(TestInfrastructure.all()));
    }

    @Test
    void aDocumentComesWithItsSpeechTurnsInOrder() {
        given().when().get("/api/documents/" + SearchArchive.ZH_RECORD)
                .then().statusCode(200)
                .body("document.symbol", equalTo("CD/PV.1511"))
                .body("speeches.seq", contains(1, 2, 3))
                .body("speeches[1].speaker", equalTo("比尔韦特先生"));
    }

    @Test
    void oneSpeechTurnCanBeFetchedAlone() {
        given().when().get("/api/documents/" + SearchArchive.EN_RECORD + "/speeches/2")
                .then().statusCode(200).body("country", equalTo("FRA"));
    }

    @Test
    void anUnknownDocumentIsA404WithAMessage() {
        given().when().get("/api/documents/nope")
                .then().statusCode(404).body("error", containsString("no document with id nope"));
        given().when().get("/api/documents/" + SearchArchive.EN_RECORD + "/speeches/99")
                .then().statusCode(404);
    }
}
