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
    void theOriginalFileIsServedWithItsMediaTypeAndTheOtherLanguageVersionsAreListed() throws Exception {
        byte[] pdf = "%PDF-1.7 a record as the archive published it".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = io.verbatim.contracts.RecordIds.sha256Hex(pdf);
        java.nio.file.Path blob = io.verbatim.contracts.BlobLayout.pathOf(java.nio.file.Path.of("target/test-data/blobs"), sha);
        java.nio.file.Files.createDirectories(blob.getParent());
        java.nio.file.Files.write(blob, pdf);
        ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(TestInfrastructure.all());
        String documents = "/" + io.verbatim.contracts.Indices.DOCUMENTS.alias() + "/_doc/";
        elasticsearch.send("PUT", documents + "file-en?refresh=true", "{\"recordId\":\"file-en\",\"symbol\":\"S/PV.9990\",\"language\":\"en\","
                + "\"sha256\":\"" + sha + "\",\"fileName\":\"S_PV.9990-EN.pdf\",\"documentType\":\"document\",\"speechCount\":0}", true);
        elasticsearch.send("PUT", documents + "file-fr?refresh=true", "{\"recordId\":\"file-fr\",\"symbol\":\"S/PV.9990\",\"language\":\"fr\","
                + "\"sha256\":\"" + "0".repeat(64) + "\",\"fileName\":\"S_PV.9990-FR.pdf\",\"documentType\":\"document\",\"speechCount\":0}", true);
        try {
            byte[] served = given().get("/api/documents/file-en/file").then().statusCode(200)
                    .contentType("application/pdf").header("Content-Disposition", containsString("S_PV.9990-EN.pdf"))
                    .extract().asByteArray();
            org.assertj.core.api.Assertions.assertThat(served).isEqualTo(pdf);
            given().get("/api/documents/file-en").then().statusCode(200)
                    .body("versions.documentId", contains("file-fr")).body("versions.language", contains("fr"));
            given().get("/api/documents/file-fr/file").then().statusCode(404)
                    .body("error", containsString("not in the blob store"));
        } finally {
            elasticsearch.send("DELETE", documents + "file-en?refresh=true", null, false);
            elasticsearch.send("DELETE", documents + "file-fr?refresh=true", null, false);
        }
    }

    @Test
    void theParallelViewGivesTheSameTurnInTheOtherLanguage() {
        ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(TestInfrastructure.all());
        String documents = io.verbatim.contracts.Indices.DOCUMENTS.alias();
        String speeches = io.verbatim.contracts.Indices.SPEECHES.alias();
        StringBuilder bulk = new StringBuilder();
        String[][] turns = {
                {"The President", "president", "", "I now give the floor to the representative of France."},
                {"Mr. Martin", "speaker", "FRA", "France recalls the negative security assurances it gave in 1995."},
                {"Ms. Smith", "speaker", "CAN", "Canada supports the negotiation of a treaty banning fissile material."}};
        String[][] tours = {
                {"Le Président", "president", "", "Je donne maintenant la parole au représentant de la France."},
                {"M. Martin", "speaker", "FRA", "La France rappelle les garanties négatives de sécurité données en 1995."},
                {"Mme Smith", "speaker", "CAN", "Le Canada appuie la négociation d'un traité interdisant les matières fissiles."}};
        for (String[] version : new String[][] {{"par-en", "en"}, {"par-fr", "fr"}}) {
            bulk.append("{\"index\":{\"_index\":\"").append(documents).append("\",\"_id\":\"").append(version[0]).append("\"}}\n")
                    .append("{\"recordId\":\"").append(version[0]).append("\",\"symbol\":\"CD/PV.1598\",\"language\":\"").append(version[1])
                    .append("\",\"documentType\":\"meeting-record\",\"speechCount\":3}\n");
            String[][] rows = version[1].equals("en") ? turns : tours;
            for (int i = 0; i < rows.length; i++) {
                bulk.append("{\"index\":{\"_index\":\"").append(speeches).append("\",\"_id\":\"").append(version[0]).append(':').append(i + 1)
                        .append("\"}}\n{\"recordId\":\"").append(version[0]).append("\",\"seq\":").append(i + 1)
                        .append(",\"symbol\":\"CD/PV.1598\",\"language\":\"").append(version[1]).append("\",\"speaker\":\"").append(rows[i][0])
                        .append("\",\"role\":\"").append(rows[i][1]).append("\",")
                        .append(rows[i][2].isEmpty() ? "" : "\"country\":\"" + rows[i][2] + "\",")
                        .append("\"spokenLanguage\":\"").append(version[1]).append("\",\"page\":2,\"text\":\"").append(rows[i][3]).append("\"}\n");
            }
        }
        elasticsearch.send("POST", "/_bulk?refresh=true", bulk.toString(), true);
        try {
            given().get("/api/documents/par-en/speeches/2/versions").then().statusCode(200)
                    .body("documentId", contains("par-fr")).body("language", contains("fr"))
                    .body("seq", contains(2)).body("speech.speaker", contains("M. Martin"));
            given().get("/api/documents/par-fr/speeches/3/versions").then().statusCode(200)
                    .body("seq", contains(3)).body("speech.country", contains("CAN"));
            given().get("/api/documents/par-en/speeches/9/versions").then().statusCode(404);
        } finally {
            elasticsearch.send("POST", "/" + documents + "," + speeches + "/_delete_by_query?refresh=true",
                    "{\"query\":{\"terms\":{\"recordId\":[\"par-en\",\"par-fr\"]}}}", false);
        }
    }

    @Test
    void anUnknownDocumentIsA404WithAMessage() {
        given().when().get("/api/documents/nope")
                .then().statusCode(404).body("error", containsString("no document with id nope"));
        given().when().get("/api/documents/" + SearchArchive.EN_RECORD + "/speeches/99")
                .then().statusCode(404);
    }
}
