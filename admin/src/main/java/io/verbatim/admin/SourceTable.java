package io.verbatim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** How sources are printed: a row each for {@code list}, every field for {@code show}. */
final class SourceTable {

    private static final String ROW = "%-20s %-8s %-12s %-20s %8s %9s %6s  %-20s%n";

    private SourceTable() {
    }

    static void printRows(JsonNode sources) {
        System.out.printf(ROW, "id", "type", "state", "last harvest", "seen", "published", "errors", "next run");
        for (JsonNode source : sources) {
            System.out.printf(ROW, source.path("id").asText(), source.path("type").asText(), state(source),
                    time(source, "lastHarvest"), source.path("recordsSeen").asText("0"), source.path("recordsPublished").asText("0"),
                    source.path("errors").asText("0"), time(source, "nextRun"));
        }
        if (sources.isEmpty()) {
            System.out.println("(no sources; add one with ./verbatim source add ID --type ...)");
        }
    }

    static void printDetails(JsonNode source) {
        System.out.println(source.path("id").asText() + " (" + source.path("type").asText() + "): " + state(source)
                + ", every " + source.path("every").asText());
        for (Iterator<Map.Entry<String, JsonNode>> settings = source.path("settings").fields(); settings.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = settings.next();
            System.out.println("  " + setting.getKey() + " = " + setting.getValue().asText());
        }
        for (String field : new String[] {"lastHarvest", "lastSuccess", "harvestedUntil", "nextNumber", "recordsSeen",
                "recordsPublished", "errors", "lastError", "lastErrorAt", "nextRun"}) {
            if (source.hasNonNull(field)) {
                System.out.println("  " + field + ": " + source.get(field).asText());
            }
        }
    }

    private static String state(JsonNode source) {
        return source.path("state").asText() + (source.path("harvesting").asBoolean() ? "*" : "");
    }

    private static String time(JsonNode source, String field) {
        String value = source.path(field).asText("");
        return value.length() > 19 ? value.substring(0, 19).replace('T', ' ') : value.isEmpty() ? "-" : value;
    }
}
