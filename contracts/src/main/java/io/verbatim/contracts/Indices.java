package io.verbatim.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Elasticsearch indices. Services read and write through the aliases; each alias points at one versioned
 * index whose settings and mappings are a JSON resource here, used by index-service at start-up and by tests.
 */
public enum Indices {
    DOCUMENTS("verbatim-documents", "verbatim-documents-v2", "documents-v2.json"),
    SPEECHES("verbatim-speeches", "verbatim-speeches-v2", "speeches-v2.json");

    private final String alias;
    private final String index;
    private final String definitionResource;

    Indices(String alias, String index, String definitionResource) {
        this.alias = alias;
        this.index = index;
        this.definitionResource = definitionResource;
    }

    public String alias() {
        return alias;
    }

    /** The concrete index the alias points at in this version of the code. */
    public String index() {
        return index;
    }

    /** Settings and mappings of {@link #index()}, as JSON. */
    public String definition() {
        try (InputStream in = Indices.class.getResourceAsStream("elasticsearch/" + definitionResource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource elasticsearch/" + definitionResource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
