package io.verbatim.ingest.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One OAI-PMH request as a URL. Dates are written at the repository's granularity, since a repository
 * answers {@code badArgument} to a finer one; a resumption request carries the token alone, as the
 * protocol requires.
 */
public record OaiRequest(String verb, Map<String, String> arguments) {

    public static final String IDENTIFY = "Identify";
    public static final String LIST_RECORDS = "ListRecords";
    public static final String LIST_IDENTIFIERS = "ListIdentifiers";

    public OaiRequest {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public static OaiRequest identify() {
        return new OaiRequest(IDENTIFY, Map.of());
    }

    /** @param set null for the whole repository */
    public static OaiRequest listRecords(String metadataPrefix, String set, HarvestWindow window, Granularity granularity) {
        return list(LIST_RECORDS, metadataPrefix, set, window, granularity);
    }

    public static OaiRequest listIdentifiers(String metadataPrefix, String set, HarvestWindow window, Granularity granularity) {
        return list(LIST_IDENTIFIERS, metadataPrefix, set, window, granularity);
    }

    /** The next page of the list that gave this token. */
    public static OaiRequest resume(String verb, ResumptionToken token) {
        return new OaiRequest(verb, Map.of("resumptionToken", token.value()));
    }

    private static OaiRequest list(String verb, String metadataPrefix, String set, HarvestWindow window, Granularity granularity) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("metadataPrefix", metadataPrefix);
        if (set != null) {
            arguments.put("set", set);
        }
        if (window.from() != null) {
            arguments.put("from", granularity.format(window.from()));
        }
        if (window.until() != null) {
            arguments.put("until", granularity.format(window.until()));
        }
        return new OaiRequest(verb, arguments);
    }

    /** The request against a base URL such as {@code https://digitallibrary.un.org/oai2d}. */
    public URI uri(String baseUrl) {
        String query = "verb=" + encode(verb) + arguments.entrySet().stream()
                .map(e -> "&" + encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining());
        return URI.create(baseUrl + (baseUrl.contains("?") ? "&" : "?") + query);
    }

    private static String encode(String value) {
        // URLEncoder writes form encoding; a space in a query is %20 for servers that do not read forms.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
