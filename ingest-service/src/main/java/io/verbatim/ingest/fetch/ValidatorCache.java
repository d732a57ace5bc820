package io.verbatim.ingest.fetch;

import io.verbatim.ingest.fetch.FetchResult.Validators;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code ETag} and {@code Last-Modified} of what was fetched, by URL, sent back as {@code If-None-Match}
 * and {@code If-Modified-Since} so an unchanged file is answered 304 and not sent again. Kept in memory and
 * bounded: after a restart a file is downloaded once more and the SHA-256 ledger absorbs it.
 */
final class ValidatorCache {

    private static final int MAX_ENTRIES = 100_000;

    private final Map<URI, Validators> byUri = new ConcurrentHashMap<>();

    /** The validators of a response, or null when it has none. */
    static Validators validatorsOf(HttpHeaders headers) {
        Optional<String> etag = headers.firstValue("ETag");
        Optional<String> lastModified = headers.firstValue("Last-Modified");
        if (etag.isEmpty() && lastModified.isEmpty()) {
            return null;
        }
        return new Validators(etag.orElse(null), lastModified.orElse(null));
    }

    void remember(URI uri, Validators validators) {
        if (byUri.size() >= MAX_ENTRIES) {
            byUri.clear();
        }
        byUri.put(uri, validators);
    }

    void forget(URI uri) {
        byUri.remove(uri);
    }

    void addConditions(URI uri, HttpRequest.Builder request) {
        Validators validators = byUri.get(uri);
        if (validators == null) {
            return;
        }
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
    }
}
