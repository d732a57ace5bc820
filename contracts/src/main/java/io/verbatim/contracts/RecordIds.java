package io.verbatim.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids are derived, never random: the same input always gives the same id. */
public final class RecordIds {

    private RecordIds() {
    }

    /** The stable id of a record: its source, the source's own id for it, and its language (may be null). */
    public static String recordId(String sourceId, String sourceRecordId, String language) {
        String key = sourceId + '\u0000' + sourceRecordId + '\u0000' + (language == null ? "" : language);
        return sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    /** The id of an event: the same stage seeing the same content version of a record gives the same id. */
    public static String eventId(String stage, String recordId, String sha256) {
        String key = stage + '\u0000' + recordId + '\u0000' + sha256;
        return sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    /** The Elasticsearch id of a speech turn. */
    public static String speechId(String recordId, int seq) {
        return recordId + ":" + seq;
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
