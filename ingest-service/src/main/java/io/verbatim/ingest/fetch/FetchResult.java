package io.verbatim.ingest.fetch;

import java.net.URI;
import java.util.Optional;

/**
 * The answer to one fetch, after retries.
 *
 * @param outcome     what happened, in the harvester's terms
 * @param status      the last HTTP status
 * @param body        the body of a {@link Outcome#FETCHED} answer, else empty
 * @param contentType what the server said, or null
 * @param sniffedType what the bytes are (see {@link ContentSniffer}), or null without a body
 * @param attempts    requests made, retries included
 * @param validators  the {@code ETag} and {@code Last-Modified} of a fetched body, or null; asked with next time only
 *                    once the caller has taken the body ({@link PoliteFetcher#taken})
 */
public record FetchResult(URI uri, Outcome outcome, int status, byte[] body, String contentType, String sniffedType,
                          int attempts, Validators validators) {

    /** What a server said identifies this version of the file. */
    public record Validators(String etag, String lastModified) {
    }

    public enum Outcome {
        /** 2xx with a body. */
        FETCHED,
        /** 304: the copy we fetched before is still current. */
        NOT_MODIFIED,
        /** 404: not there (for a symbol watcher: not yet). */
        NOT_FOUND,
        /** 410: it was there and was withdrawn. */
        GONE
    }

    public boolean fetched() {
        return outcome == Outcome.FETCHED;
    }

    public Optional<String> mediaType() {
        return Optional.ofNullable(sniffedType).or(() -> Optional.ofNullable(contentType));
    }
}
