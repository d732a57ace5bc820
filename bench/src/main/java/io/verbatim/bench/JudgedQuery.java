package io.verbatim.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One query of the judged set ({@code relevance/queries.json}): its language and kind, the filters it is run with,
 * and the speech turns judged relevant ({@code symbol|language|seq} to grade, 2 highly, 1 partly relevant).
 * {@code judgedBy} records the rule the judge applied to the printed text of every turn of that language.
 */
record JudgedQuery(String id, String language, String kind, String query, Map<String, String> filters,
                   Map<String, List<String>> judgedBy, Map<String, Integer> relevant) {

    static final String RESOURCE = "/relevance/queries.json";

    static List<JudgedQuery> load() {
        try (InputStream in = JudgedQuery.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
