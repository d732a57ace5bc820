package io.verbatim.ingest.harvest;

/**
 * One record of a ListRecords or ListIdentifiers page.
 *
 * @param metadataXml the single child of {@code <metadata>} as a standalone XML document (its namespaces
 *                    declared on it), for {@link MarcXmlRecordReader} or {@link DublinCoreRecordReader};
 *                    null for a deleted record and for every record of ListIdentifiers
 */
public record OaiRecord(RecordHeader header, String metadataXml) {
}
