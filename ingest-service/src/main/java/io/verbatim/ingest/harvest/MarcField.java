package io.verbatim.ingest.harvest;

import java.util.List;

/** A MARC data field: tag, the two indicators (a blank is a space) and its subfields in order. */
record MarcField(String tag, char ind1, char ind2, List<MarcSubfield> subfields) {

    record MarcSubfield(char code, String value) {
    }

    MarcField {
        subfields = List.copyOf(subfields);
    }

    /** The first subfield with this code, or null. */
    String first(char code) {
        return subfields.stream().filter(s -> s.code() == code).map(MarcSubfield::value).findFirst().orElse(null);
    }

    List<String> all(char code) {
        return subfields.stream().filter(s -> s.code() == code).map(MarcSubfield::value).toList();
    }
}
