package io.verbatim.ingest.harvest;

import java.util.List;
import java.util.Map;

/** A MARC record as read from MARCXML, before any UN Digital Library meaning is given to its fields. */
record MarcRecord(Map<String, String> controlFields, List<MarcField> dataFields) {

    MarcRecord {
        controlFields = Map.copyOf(controlFields);
        dataFields = List.copyOf(dataFields);
    }

    String control(String tag) {
        return controlFields.get(tag);
    }

    List<MarcField> fields(String tag) {
        return dataFields.stream().filter(f -> f.tag().equals(tag)).toList();
    }

    /** Every {@code $code} of every field with this tag, in record order. */
    List<String> values(String tag, char code) {
        return fields(tag).stream().flatMap(f -> f.all(code).stream()).toList();
    }

    String firstValue(String tag, char code) {
        List<String> values = values(tag, code);
        return values.isEmpty() ? null : values.get(0);
    }
}
