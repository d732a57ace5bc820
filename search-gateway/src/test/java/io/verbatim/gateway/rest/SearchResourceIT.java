package io.verbatim.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.verbatim.testsupport.ElasticsearchTestClient;
import io.verbatim.testsupport.PipelineTestResource;
import io.verbatim.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PipelineTestResource.class)
class SearchResourceIT {

    @BeforeAll
    static void loadArchive() {
        SearchArchive.load(ElasticsearchTestClient.of(TestInfrastructure.all()));
    }

    @Test
    void aChinesePhraseFindsTheSpeechTurnsThatSayItWithSpeakerCountryAndHighlight() {
        given().queryParam("q", "消极安全保证").when().get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("hits.speaker", hasItem("比尔韦特先生"))
                .body("hits.find { it.speaker == '比尔韦特先生' }.country", equalTo("DEU"))
                .body("hits.find { it.speaker == '比尔韦特先生' }.documentId", equalTo(SearchArchive.ZH_RECORD))
                .body("hits.find { it.speaker == '比尔韦特先生' }.symbol", equalTo("CD/PV.1511"))
                .body("hits.find { it.speaker == '比尔韦特先生' }.date", equalTo("2019-06-28"))
                .body("hits.find { it.speaker == '比尔韦特先生' }.snippet", containsString("<mark>"));
    }

    @Test
    void aChinesePhraseIsHighlightedAsAPhraseNotCharacterByCharacter() {
        String snippet = given().queryParam("q", "消极安全保证").queryParam("country", "DEU").when().get("/api/search")
                .then().statusCode(200).extract().path("hits[0].snippet");

        String marked = snippet.replaceAll("[^<]*(<mark>([^<]*)</mark>)?", "$2");
        assertThat(marked).as("the marked characters of " + snippet).isEqualTo("消极安全保证");
    }

    @Test
    void aQuotedPhraseMatchesOnlyTheWordsInThatOrder() {
        given().queryParam("q", "\"negative security assurances\"").queryParam("type", "speeches")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits[0].country", equalTo("FRA"))
                .body("hits[0].spokenLanguage", equalTo("fr"));
    }

    @Test
    void filtersNarrowAndFacetsCountTheResults() {
        given().queryParam("q", "").queryParam("type", "speeches").queryParam("language", "zh")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("hits.language", everyItem(equalTo("zh")))
                .body("facets.country.value", hasItem("DEU"))
                .body("facets.language.find { it.value == 'zh' }.count", equalTo(3));
        given().queryParam("q", "security").queryParam("country", "CAN").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits[0].speaker", equalTo("Ms. Smith"));
    }

    @Test
    void speakersAsPrintedAgendaItemsAndSymbolsAreFacetsTooAndEachValueFilters() {
        given().queryParam("q", "").queryParam("type", "speeches").queryParam("language", "zh")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("facets.speaker.find { it.value == '比尔韦特先生' }.count", equalTo(1))
                .body("facets.agendaItem.value", contains(SearchArchive.agendaItemOf(SearchArchive.ZH_RECORD)))
                .body("facets.agendaItem[0].count", equalTo(3))
                .body("facets.symbol.value", contains("CD/PV.1511"));
        given().queryParam("q", "").queryParam("type", "speeches").queryParam("speaker", "Ms. Smith")
                .when().get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("facets.speaker.value", contains("Ms. Smith"));
    }

    @Test
    void aRecordIsFoundThroughItsSpeechesAndADocumentWithoutSpeechesAsItself() {
        given().queryParam("q", "negative security assurances").when().get("/api/search")
                .then().statusCode(200)
                .body("hits.type", hasItem("document"))
                .body("hits.find { it.type == 'document' }.documentId", equalTo(SearchArchive.REPORT));
        given().queryParam("q", "plenary").queryParam("symbol", "CD/PV.1512").when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits.type", everyItem(equalTo("speech")));
        given().queryParam("q", "plenary").queryParam("symbol", "CD/PV.1512").queryParam("type", "documents")
                .when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits[0].documentId", equalTo(SearchArchive.EN_RECORD));
    }

    @Test
    void pagesDoNotOverlap() {
        String first = given().queryParam("q", "").queryParam("type", "speeches").queryParam("size", 2)
                .get("/api/search").then().statusCode(200).body("hits", hasSize(2)).body("total", equalTo(6))
                .extract().path("hits[0].speechId");
        given().queryParam("q", "").queryParam("type", "speeches").queryParam("size", 2).queryParam("from", 4)
                .get("/api/search").then().statusCode(200).body("hits", hasSize(2))
                .body("hits.speechId", not(hasItem(first)));
    }

    @Test
    void theNextCursorWalksEveryHitOnceAndAHitIndexedMeanwhileDoesNotShiftThePages() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> page = given().queryParam("q", "")
                .queryParam("type", "speeches").queryParam("size", 2).get("/api/search").then().statusCode(200)
                .body("total", equalTo(6)).body("from", equalTo(0)).extract();
        seen.addAll(page.path("hits.speechId"));
        ElasticsearchTestClient elasticsearch = ElasticsearchTestClient.of(TestInfrastructure.all());
        String lateId = "late-record:1";
        elasticsearch.send("PUT", "/" + io.verbatim.contracts.Indices.SPEECHES.alias() + "/_doc/" + lateId + "?refresh=true",
                "{\"recordId\":\"late-record\",\"seq\":1,\"symbol\":\"CD/PV.1513\",\"language\":\"en\",\"date\":\"2030-01-01\","
                        + "\"speaker\":\"Mr. Late\",\"role\":\"speaker\",\"text\":\"A turn indexed while pages are read.\"}", true);
        try {
            int pages = 1;
            while (page.path("next") != null) {
                page = given().queryParam("after", page.<String>path("next")).get("/api/search").then().statusCode(200)
                        .body("total", equalTo(6)).extract();
                seen.addAll(page.path("hits.speechId"));
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            assertThat(seen).hasSize(6).doesNotHaveDuplicates().doesNotContain(lateId);
        } finally {
            elasticsearch.send("DELETE", "/" + io.verbatim.contracts.Indices.SPEECHES.alias() + "/_doc/" + lateId + "?refresh=true", null, true);
        }
    }

    @Test
    void anExportStreamsEveryHitWithItsCitationAsCsvOrJsonLines() throws Exception {
        String csv = given().queryParam("type", "speeches").queryParam("format", "csv").get("/api/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("verbatim-export.csv")).extract().asString();
        java.util.List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("type,symbol,date,language,page,speaker,country,role,spokenLanguage,agendaItem,documentId,seq,text");
        assertThat(lines).hasSize(7);
        assertThat(lines).anyMatch(line -> line.startsWith("speech,CD/PV.1512,2019-07-02,en,2,Mr. Martin,FRA,speaker,fr,2,"));

        String jsonl = given().queryParam("q", "消极安全保证").queryParam("format", "jsonl").get("/api/export")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        java.util.List<com.fasterxml.jackson.databind.JsonNode> rows = new java.util.ArrayList<>();
        for (String line : jsonl.lines().toList()) {
            rows.add(io.verbatim.contracts.EventJson.mapper().readTree(line));
        }
        assertThat(rows).hasSize(2).allMatch(row -> row.path("symbol").asText().equals("CD/PV.1511") && row.has("page"));
        assertThat(rows).anyMatch(row -> row.path("text").asText().contains("消极安全保证"));

        assertThat(given().queryParam("type", "speeches").queryParam("limit", 2).get("/api/export").then().statusCode(200)
                .extract().asString().lines().count()).isEqualTo(3);
        given().queryParam("format", "xml").get("/api/export").then().statusCode(400).body("error", containsString("format must be csv or jsonl"));
        given().queryParam("limit", "0").get("/api/export").then().statusCode(400).body("error", containsString("limit must be between"));
    }

    @Test
    void aCursorThatIsNotOneIsA400NamingTheParameter() {
        given().queryParam("after", "not-a-cursor").get("/api/search").then().statusCode(400)
                .body("error", containsString("after must be the next cursor"));
    }

    @Test
    void fieldQualifiersInTheTextFilterLikeTheParameters() {
        given().queryParam("q", "security country:fra").queryParam("type", "speeches").get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits[0].speaker", equalTo("Mr. Martin"));
        given().queryParam("q", "speaker:martin").queryParam("type", "speeches").get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits[0].country", equalTo("FRA"));
        given().queryParam("q", "lang:zh").queryParam("type", "speeches").get("/api/search")
                .then().statusCode(200).body("total", equalTo(3)).body("hits.language", everyItem(equalTo("zh")));
        given().queryParam("q", "symbol:cd/pv.1512 assurances").queryParam("type", "speeches").get("/api/search")
                .then().statusCode(200).body("hits.symbol", everyItem(equalTo("CD/PV.1512")));
    }

    @Test
    void theSpeakerAsPrintedAndTheAgendaItemFilterTheTurns() {
        given().queryParam("speaker", "Ms. Smith").get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits[0].country", equalTo("CAN"));
        given().queryParam("agendaItem", "4").queryParam("type", "speeches").get("/api/search")
                .then().statusCode(200).body("total", equalTo(3)).body("hits.symbol", everyItem(equalTo("CD/PV.1511")));
    }

    @Test
    void aMalformedQueryIsSearchedAsWellAsItCanBeNotAnError() {
        given().queryParam("q", "\"unclosed (security AND || -").when().get("/api/search")
                .then().statusCode(200);
    }

    @Test
    void badParametersAreRefusedWithAMessage() {
        given().queryParam("q", "x").queryParam("size", 1000).when().get("/api/search")
                .then().statusCode(400).body("error", startsWith("from must be >= 0 and size between 1 and 100"));
        given().queryParam("q", "x").queryParam("type", "everything").when().get("/api/search")
                .then().statusCode(400).body("error", containsString("type must be all, speeches or documents"));
        given().queryParam("q", "x").queryParam("dateFrom", "28/06/2019").when().get("/api/search")
                .then().statusCode(400).body("error", containsString("YYYY-MM-DD"));
        given().queryParam("q", "x").queryParam("size", "abc").when().get("/api/search")
                .then().statusCode(400).body("error", equalTo("size must be a whole number, not 'abc'"));
        given().queryParam("q", "x").queryParam("from", "1.5").when().get("/api/search")
                .then().statusCode(400).body("error", equalTo("from must be a whole number, not '1.5'"));
        given().queryParam("q", "x").queryParam("sort", "newest").when().get("/api/search")
                .then().statusCode(400).body("error", equalTo("sort must be relevance, date or -date, not 'newest'"));
    }

    @Test
    void aSymbolEndingWithAStarKeepsEverySymbolThatBeginsSo() {
        given().queryParam("q", "").queryParam("type", "documents").queryParam("symbol", "CD/PV.*").when().get("/api/search")
                .then().statusCode(200).body("hits.symbol", contains("CD/PV.1512", "CD/PV.1511"));
        given().queryParam("q", "").queryParam("type", "documents").queryParam("symbol", "CD/PV.1511").when().get("/api/search")
                .then().statusCode(200).body("hits.symbol", contains("CD/PV.1511"));
    }

    @Test
    void hitsComeOldestOrNewestFirstAsAsked() {
        given().queryParam("q", "").queryParam("type", "documents").queryParam("sort", "date").when().get("/api/search")
                .then().statusCode(200).body("hits.symbol", contains("CD/PV.1511", "CD/PV.1512", "CD/2119"));
        given().queryParam("q", "").queryParam("type", "documents").queryParam("sort", "-date").when().get("/api/search")
                .then().statusCode(200).body("hits.symbol", contains("CD/2119", "CD/PV.1512", "CD/PV.1511"));
    }

    @Test
    void aDateRangeKeepsOnlyRecordsOfThoseDays() {
        given().queryParam("q", "").queryParam("type", "speeches").queryParam("dateFrom", "2019-07-01")
                .when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(3)).body("hits.symbol", everyItem(equalTo("CD/PV.1512")));
    }
}
