package io.verbatim.ingest.harvest;

import java.util.ArrayList;
import java.util.List;

/** Reads the inside of a ListRecords or ListIdentifiers element: records, or bare headers, and the token. */
final class OaiRecordPageReader {

    /** From the list element's start to its end. */
    RecordPage read(ElementCursor cursor) {
        List<OaiRecord> records = new ArrayList<>();
        ResumptionToken token = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "record" -> records.add(record(cursor));
                case "header" -> records.add(new OaiRecord(header(cursor), null));
                case "resumptionToken" -> token = token(cursor);
                default -> cursor.skip();
            }
        }
        return new RecordPage(records, token);
    }

    private static OaiRecord record(ElementCursor cursor) {
        RecordHeader header = null;
        String metadata = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "header" -> header = header(cursor);
                case "metadata" -> metadata = metadata(cursor);
                default -> cursor.skip();
            }
        }
        if (header == null) {
            throw new MalformedResponseException("OAI-PMH response has a record without a header");
        }
        return new OaiRecord(header, header.deleted() ? null : metadata);
    }

    private static RecordHeader header(ElementCursor cursor) {
        boolean deleted = "deleted".equals(cursor.attribute("status"));
        String identifier = null;
        String datestamp = null;
        List<String> sets = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "identifier" -> identifier = cursor.text();
                case "datestamp" -> datestamp = cursor.text();
                case "setSpec" -> sets.add(cursor.text());
                default -> cursor.skip();
            }
        }
        String id = OaiPmhResponseReader.required(identifier, "header/identifier");
        return new RecordHeader(id, Granularity.parseDatestamp(OaiPmhResponseReader.required(datestamp, "datestamp of " + id)), sets, deleted);
    }

    /** The one element inside {@code <metadata>}, copied out as its own document. */
    private static String metadata(ElementCursor cursor) {
        String copy = null;
        while (cursor.nextChild()) {
            if (copy == null) {
                copy = XmlSubtreeWriter.copy(cursor);
            } else {
                cursor.skip();
            }
        }
        return copy;
    }

    private static ResumptionToken token(ElementCursor cursor) {
        Long size = number(cursor.attribute("completeListSize"), "completeListSize");
        Long position = number(cursor.attribute("cursor"), "cursor");
        String expiration = cursor.attribute("expirationDate");
        return new ResumptionToken(cursor.text(), size, position, expiration == null ? null : Granularity.parseDatestamp(expiration));
    }

    private static Long number(String value, String attribute) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedResponseException("resumptionToken " + attribute + " '" + value + "' is not a number", e);
        }
    }
}
