package io.verbatim.ingest.harvest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads UN Digital Library MARCXML into {@link UnRecord}s: the metadata of an OAI-PMH {@code marcxml}
 * record, a {@code /record/<id>/export/xm} reply, or a {@code /search?of=xm} collection.
 * Field meanings follow what the library was seen to write (see FIELDS.md of the shared corpus).
 */
public final class MarcXmlRecordReader {

    private final MarcXmlParser parser = new MarcXmlParser();

    /** One record, such as {@link OaiRecord#metadataXml()}. */
    public UnRecord read(String recordXml) {
        List<UnRecord> records = readAll(recordXml.getBytes(StandardCharsets.UTF_8));
        if (records.size() != 1) {
            throw new MalformedResponseException("MARCXML record: expected one record but found " + records.size());
        }
        return records.get(0);
    }

    /** Every record of a collection (or the one record of a {@code <record>} document). */
    public List<UnRecord> readAll(byte[] marcXml) {
        return parser.parse(marcXml, "MARCXML").stream().map(UnRecordMapping::toUnRecord).toList();
    }
}
