package io.verbatim.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.contracts.Indices;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search through the analysis plugin: each language's forms, folding, Chinese words, most words first. */
@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class MultilingualSearchIT {

    @BeforeAll
    static void loadTurns() {
        ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(TestInfrastructure.all());
        for (Indices index : Indices.values()) {
            elasticsearch.send("DELETE", "/" + index.index(), null, false);
            elasticsearch.createIndex(index.index(), index.definition());
            elasticsearch.send("PUT", "/" + index.index() + "/_alias/" + index.alias(), null, true);
        }
        String bulk = turn("fr", 1, "M. Núñez", "L’Union européenne rappelle les garanties de sécurité données en 1995.")
                + turn("fr", 2, "M. Roux", "La France parle de sécurité.")
                + turn("es", 1, "Sr. Pérez", "Las negociaciones sobre las zonas libres de armas nucleares continúan.")
                + turn("ru", 1, "Г-н Иванов", "Мы поддерживаем негативные гарантии безопасности.")
                + turn("ar", 1, "السيد أحمد", "تؤكد مصر أهمية ضمانات الأمن السلبية للأمم المتحدة.")
                + turn("zh", 1, "李松先生", "安全理事会审议了人权问题。")
                + turn("zh", 2, "主席", "人权理事会通过了决议。")
                + turn("en", 1, "Ms. Smith", "The Council's resolutions on children were adopted.")
                + turn("en", 2, "Mr. Brown", "Children were mentioned.")
                + turn("en", 3, "Mr. Green", "Resolutions for children were discussed by the Council.")
                + turnFollowedBy("es", 2, "El Presidente", "Procederemos ahora a adoptar una decisión.",
                        "Queda aprobado el proyecto de decisión A/C.5/74/L.12 (decisión 74/511).");
        elasticsearch.send("POST", "/_bulk?refresh=true", bulk, true);
    }

    @Test
    void frenchFindsElidedPluralAndUnaccentedForms() {
        given().queryParam("q", "l'union europeenne garantie").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("M. Núñez"));
        given().queryParam("q", "\"garantie de securite\"").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("M. Núñez"));
    }

    @Test
    void speakerNamesAreFoundWithoutTheirAccents() {
        given().queryParam("q", "Nunez").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("M. Núñez"));
    }

    @Test
    void spanishRussianAndArabicFindOtherFormsOfTheWords() {
        given().queryParam("q", "zona libre de armas nucleares").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("Sr. Pérez"));
        given().queryParam("q", "негативных гарантий").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("Г-н Иванов"));
        given().queryParam("q", "ضمانات الامن").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("السيد أحمد"));
    }

    @Test
    void aChineseWordIsNotFoundInTurnsThatOnlyShareItsCharacters() {
        given().queryParam("q", "人权理事会").get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("hits.speaker", contains("主席"));
    }

    @Test
    void aTurnHoldingMostOfTheWordsInAnyFormIsFoundAfterOneHoldingAll() {
        given().queryParam("q", "council resolution adopted children").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("Ms. Smith", "Mr. Green"));
        given().queryParam("q", "children -council").queryParam("language", "en").get("/api/search").then()
                .statusCode(200).body("hits.speaker", contains("Mr. Brown"));
    }

    @Test
    void whatTheRecordReportsAfterATurnFindsThatTurn() {
        given().queryParam("q", "decisión 74/511").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("El Presidente"));
        given().queryParam("q", "\"A/C.5/74/L.12\"").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("El Presidente"));
        given().queryParam("q", "aprobado proyecto").queryParam("language", "es").get("/api/search").then().statusCode(200)
                .body("hits.speaker", contains("El Presidente"));
    }

    private static String turnFollowedBy(String language, int seq, String speaker, String text, String procedure) {
        return turn(language, seq, speaker, text).replaceFirst("}\n$", ",\"procedure\":\"" + procedure + "\"}\n");
    }

    private static String turn(String language, int seq, String speaker, String text) {
        return "{\"index\":{\"_index\":\"" + Indices.SPEECHES.alias() + "\",\"_id\":\"ml-" + language + ":" + seq + "\"}}\n"
                + "{\"recordId\":\"ml-%s\",\"seq\":%d,\"symbol\":\"CD/PV.9%s\",\"language\":\"%s\",\"speaker\":\"%s\",\"role\":\"speaker\",\"page\":1,\"text\":\"%s\"}\n"
                .formatted(language, seq, language, language, speaker, text);
    }
}
