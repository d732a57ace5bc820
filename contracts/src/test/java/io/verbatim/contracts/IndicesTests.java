package io.verbatim.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class IndicesTests {

    @Test
    void everyIndexDefinitionIsJsonWithMappingsAndNoReplicas() throws Exception {
        for (Indices index : Indices.values()) {
            JsonNode definition = EventJson.mapper().readTree(index.definition());

            assertThat(definition.at("/settings/number_of_replicas").asInt(-1)).as(index.name()).isZero();
            assertThat(definition.at("/mappings/properties/recordId/type").asText()).as(index.name()).isEqualTo("keyword");
            assertThat(definition.at("/mappings/properties/text/type").asText()).as(index.name()).isEqualTo("text");
            assertThat(index.index()).startsWith(index.alias() + "-v");
        }
    }

    @Test
    void everyLanguageHasItsAnalysedSubfieldInEveryIndex() throws Exception {
        for (Indices index : Indices.values()) {
            JsonNode fields = EventJson.mapper().readTree(index.definition()).at("/mappings/properties/text/fields");

            for (String language : TextFields.LANGUAGES) {
                assertThat(fields.at("/" + language + "/analyzer").asText()).as(index.name() + " " + language)
                        .isEqualTo("verbatim_" + language);
            }
            assertThat(fields.at("/exact/analyzer").asText()).isEqualTo("verbatim_exact");
            assertThat(fields.at("/zh_bigram/analyzer").asText()).isEqualTo("verbatim_zh_bigram");
            assertThat(TextFields.EXACT).isEqualTo("text.exact");
            assertThat(TextFields.ZH_BIGRAM).isEqualTo("text.zh_bigram");
        }
    }
}
