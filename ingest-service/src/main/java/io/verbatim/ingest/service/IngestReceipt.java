package io.verbatim.ingest.service;

/**
 * What became of a record.
 *
 * @param status {@code accepted} (a fetched event was published) or {@code duplicate} (this content was
 *               already published, under {@code recordId})
 */
public record IngestReceipt(String recordId, String sha256, long size, String status) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";
}
