package io.verbatim.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One exported hit: what a citation needs (symbol, date, page, speaker, country) and the words. */
record ExportRow(Map<String, String> values) {

    static final List<String> COLUMNS = List.of("type", "symbol", "date", "language", "page", "speaker", "country", "role",
            "spokenLanguage", "agendaItem", "documentId", "seq", "text");

    static ExportRow of(JsonNode source, boolean speech) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", speech ? SearchHit.SPEECH : SearchHit.DOCUMENT);
        for (String column : COLUMNS.subList(1, COLUMNS.size())) {
            String field = column.equals("documentId") ? "recordId" : column.equals("text") && !speech ? "title" : column;
            JsonNode value = source.get(field);
            values.put(column, value == null || value.isNull() ? null : value.asText());
        }
        return new ExportRow(values);
    }

    /** A CSV line; a value that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
    String csv() {
        StringBuilder line = new StringBuilder();
        for (String column : COLUMNS) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(csvField(values.get(column)));
        }
        return line.append("\r\n").toString();
    }

    static String csvHeader() {
        return String.join(",", COLUMNS) + "\r\n";
    }

    private static String csvField(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
