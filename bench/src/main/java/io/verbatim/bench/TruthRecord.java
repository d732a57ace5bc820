package io.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One truth file of the corpus: what a parser should read from one record. */
record TruthRecord(String file, String language, JsonNode metadata, List<TruthTurn> turns) {

    /**
     * @param page       the printed page of the label, or null where the truth does not give it
     * @param agendaItem whether the truth gives the turn's agenda item ({@code null} is then an answer too)
     */
    record TruthTurn(String speaker, String role, String country, String spokenLanguage, String textStart, Integer page,
            boolean agendaItemGiven, String agendaItem) {
    }

    static TruthRecord read(Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<TruthTurn> turns = new ArrayList<>();
        for (JsonNode s : root.path("speeches")) {
            turns.add(new TruthTurn(text(s, "speaker"), text(s, "role"), text(s, "country"), text(s, "spokenLanguage"), text(s, "textStart"),
                    s.path("page").isInt() ? s.get("page").asInt() : null, s.has("agendaItem"), text(s, "agendaItem")));
        }
        return new TruthRecord(root.path("file").asText(), text(root, "language"), root, turns);
    }

    String format() {
        return file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "pdf" : "text";
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
