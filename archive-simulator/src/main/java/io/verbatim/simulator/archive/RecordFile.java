package io.verbatim.simulator.archive;

import java.time.Instant;

/** One file of a record as served: its bytes, media type, entity tag and last modification. */
public record RecordFile(String name, String mediaType, byte[] content, String etag, Instant lastModified) {
}
