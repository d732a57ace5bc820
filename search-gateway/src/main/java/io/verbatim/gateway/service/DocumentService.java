package io.verbatim.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.verbatim.contracts.BlobLayout;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.record.SpeechTurn;
import io.verbatim.parser.align.LanguageVersionAligner;
import io.verbatim.parser.align.TurnAlignment;
import io.verbatim.contracts.Indices;
import io.verbatim.contracts.RecordIds;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A record with its speech turns in order, and single speech turns. */
@ApplicationScoped
public class DocumentService {

    private static final int MAX_SPEECHES = 10_000;
    private static final int MAX_VERSIONS = 100;
    private final ElasticsearchClient client;
    private final Path blobs;
    private final LanguageVersionAligner aligner = new LanguageVersionAligner();

    public DocumentService(ElasticsearchClient client, @ConfigProperty(name = "verbatim.data-dir", defaultValue = "data") Path dataDir) {
        this.client = client;
        this.blobs = dataDir.resolve("blobs");
    }

    public Optional<DocumentView> document(String recordId) throws IOException {
        GetResponse<ObjectNode> document = client.get(get -> get.index(Indices.DOCUMENTS.alias()).id(recordId),
                ObjectNode.class);
        if (!document.found()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentView(document.source(), speechesOf(recordId), versionsOf(recordId, document.source())));
    }

    /**
     * The same turn in the other language versions of the meeting, paired by the parser's turn alignment;
     * a version where the turn has no partner (missing, or split in two there) comes without a speech.
     */
    public Optional<List<ParallelTurn>> parallelTurns(String recordId, int seq) throws IOException {
        GetResponse<ObjectNode> document = client.get(get -> get.index(Indices.DOCUMENTS.alias()).id(recordId), ObjectNode.class);
        if (!document.found()) {
            return Optional.empty();
        }
        List<ObjectNode> turns = speechesOf(recordId);
        if (turns.stream().noneMatch(turn -> turn.path("seq").asInt() == seq)) {
            return Optional.empty();
        }
        String language = document.source().path("language").asText(null);
        List<ParallelTurn> parallel = new java.util.ArrayList<>();
        for (LanguageVersion version : versionsOf(recordId, document.source())) {
            List<ObjectNode> other = speechesOf(version.documentId());
            TurnAlignment alignment = aligner.align(turnsOf(turns), language, turnsOf(other), version.language());
            Optional<ObjectNode> partner = alignment.partnerInB(seq)
                    .flatMap(partnerSeq -> other.stream().filter(turn -> turn.path("seq").asInt() == partnerSeq).findFirst());
            parallel.add(new ParallelTurn(version.documentId(), version.language(), partner.map(t -> t.path("seq").asInt()).orElse(null),
                    partner.orElse(null)));
        }
        return Optional.of(parallel);
    }

    private List<ObjectNode> speechesOf(String recordId) throws IOException {
        return client.search(search -> search.index(Indices.SPEECHES.alias())
                        .query(query -> query.term(term -> term.field("recordId").value(recordId)))
                        .sort(sort -> sort.field(field -> field.field("seq").order(SortOrder.Asc)))
                        .size(MAX_SPEECHES), ObjectNode.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    private static List<SpeechTurn> turnsOf(List<ObjectNode> speeches) {
        return speeches.stream().map(speech -> EventJson.mapper().convertValue(speech, SpeechTurn.class)).toList();
    }

    /**
     * The other language versions of the same meeting: records with the same symbol in another language, one
     * per language, from the same source where it has one (another archive may hold the same meeting too).
     */
    private List<LanguageVersion> versionsOf(String recordId, ObjectNode document) throws IOException {
        String symbol = document.path("symbol").asText(null);
        String language = document.path("language").asText("");
        String source = document.path("sourceId").asText("");
        if (symbol == null) {
            return List.of();
        }
        List<ObjectNode> candidates = client.search(search -> search.index(Indices.DOCUMENTS.alias())
                        .query(query -> query.bool(bool -> bool.filter(f -> f.term(t -> t.field("symbol").value(symbol)))
                                .mustNot(n -> n.term(t -> t.field("recordId").value(recordId)))
                                .mustNot(n -> n.term(t -> t.field("language").value(language)))))
                        .source(s -> s.filter(filter -> filter.includes("recordId", "language", "sourceId")))
                        .size(MAX_VERSIONS), ObjectNode.class)
                .hits().hits().stream().map(Hit::source).toList();
        java.util.Map<String, ObjectNode> byLanguage = new java.util.TreeMap<>();
        for (ObjectNode candidate : candidates) {
            String candidateLanguage = candidate.path("language").asText("");
            ObjectNode kept = byLanguage.get(candidateLanguage);
            if (kept == null || (!source.equals(kept.path("sourceId").asText()) && source.equals(candidate.path("sourceId").asText()))) {
                byLanguage.put(candidateLanguage, candidate);
            }
        }
        return byLanguage.values().stream()
                .map(version -> new LanguageVersion(version.path("recordId").asText(), version.path("language").asText(null)))
                .toList();
    }

    /** The original bytes of a record, as ingest stored them, with what they are. */
    public Optional<OriginalFile> file(String recordId) throws IOException {
        GetResponse<ObjectNode> document = client.get(get -> get.index(Indices.DOCUMENTS.alias()).id(recordId)
                .sourceIncludes("sha256", "fileName"), ObjectNode.class);
        if (!document.found() || document.source() == null || !document.source().hasNonNull("sha256")) {
            return Optional.empty();
        }
        Path blob = BlobLayout.pathOf(blobs, document.source().get("sha256").asText());
        String fileName = document.source().path("fileName").asText("record");
        return Optional.of(new OriginalFile(blob, fileName, mediaTypeOf(fileName)));
    }

    private static String mediaTypeOf(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "application/octet-stream";
    }

    public Optional<ObjectNode> speech(String recordId, int seq) throws IOException {
        GetResponse<ObjectNode> speech = client.get(get -> get.index(Indices.SPEECHES.alias())
                .id(RecordIds.speechId(recordId, seq)), ObjectNode.class);
        return speech.found() ? Optional.of(speech.source()) : Optional.empty();
    }

    /** @param versions the same meeting in other languages */
    public record DocumentView(ObjectNode document, List<ObjectNode> speeches, List<LanguageVersion> versions) {
    }

    public record LanguageVersion(String documentId, String language) {
    }

    /** @param seq and speech the partner turn in that version, or null when the turn has none there */
    public record ParallelTurn(String documentId, String language, Integer seq, ObjectNode speech) {
    }

    /** @param path where the blob store keeps it; it may be missing (a store this gateway does not see) */
    public record OriginalFile(Path path, String fileName, String mediaType) {
        public boolean isStored() {
            return Files.isRegularFile(path);
        }
    }
}
