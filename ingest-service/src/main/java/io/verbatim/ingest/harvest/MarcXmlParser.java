package io.verbatim.ingest.harvest;

import io.verbatim.ingest.harvest.MarcField.MarcSubfield;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads MARCXML into {@link MarcRecord}s: a {@code <collection>} of records or one {@code <record>}, in the
 * MARC 21 slim namespace, without it, or with a {@code marc:} prefix (all three are seen from the UN
 * Digital Library). The leader, which UNDL sends as controlfield 000, is kept like any control field.
 */
final class MarcXmlParser {

    List<MarcRecord> parse(byte[] document, String what) {
        ElementCursor cursor = ElementCursor.openRoot(document, what);
        List<MarcRecord> records = new ArrayList<>();
        switch (cursor.localName()) {
            case "record" -> records.add(record(cursor));
            case "collection" -> {
                while (cursor.nextChild()) {
                    if (cursor.localName().equals("record")) {
                        records.add(record(cursor));
                    } else {
                        cursor.skip();
                    }
                }
            }
            default -> throw new MalformedResponseException(what + ": expected a MARCXML collection or record but found " + cursor.localName());
        }
        cursor.close();
        return records;
    }

    private static MarcRecord record(ElementCursor cursor) {
        Map<String, String> control = new HashMap<>();
        List<MarcField> data = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "leader" -> control.putIfAbsent("000", cursor.text());
                case "controlfield" -> control.putIfAbsent(tag(cursor), cursor.text());
                case "datafield" -> data.add(dataField(cursor));
                default -> cursor.skip();
            }
        }
        return new MarcRecord(control, data);
    }

    private static MarcField dataField(ElementCursor cursor) {
        String tag = tag(cursor);
        char ind1 = indicator(cursor.attribute("ind1"));
        char ind2 = indicator(cursor.attribute("ind2"));
        List<MarcSubfield> subfields = new ArrayList<>();
        while (cursor.nextChild()) {
            if (cursor.localName().equals("subfield")) {
                String code = cursor.attribute("code");
                String value = cursor.text();
                if (code != null && code.length() == 1) {
                    subfields.add(new MarcSubfield(code.charAt(0), value));
                }
            } else {
                cursor.skip();
            }
        }
        return new MarcField(tag, ind1, ind2, subfields);
    }

    private static String tag(ElementCursor cursor) {
        String tag = cursor.attribute("tag");
        if (tag == null) {
            throw new MalformedResponseException(cursor.what() + ": a MARC " + cursor.localName() + " has no tag");
        }
        return tag.strip();
    }

    private static char indicator(String value) {
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }
}
