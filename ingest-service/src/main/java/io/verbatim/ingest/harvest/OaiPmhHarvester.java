package io.verbatim.ingest.harvest;

import io.verbatim.ingest.fetch.FetchException;
import io.verbatim.ingest.fetch.FetchResult;
import io.verbatim.ingest.service.IncomingRecord;
import io.verbatim.ingest.source.HarvestCheckpoint;
import io.verbatim.ingest.source.SourceDefinition;
import io.verbatim.ingest.source.SourceType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Harvests an OAI-PMH repository (the UN Digital Library's {@code oai2d}) incrementally: ListRecords from
 * one granule before the last datestamp completed, page by page with resumption tokens, each language file
 * of each record fetched if it changed, and deleted records passed on as withdrawals.
 */
@ApplicationScoped
public class OaiPmhHarvester implements Harvester {

    private static final Logger LOG = Logger.getLogger(OaiPmhHarvester.class);
    private static final String MARCXML = "marcxml";

    private final OaiPmhResponseReader responses = new OaiPmhResponseReader();
    private final MarcXmlRecordReader marc = new MarcXmlRecordReader();
    private final DublinCoreRecordReader dublinCore = new DublinCoreRecordReader();

    @Override
    public SourceType type() {
        return SourceType.OAI_PMH;
    }

    @Override
    public void harvest(HarvestRun run) throws IOException, FetchException, HarvestException, InterruptedException {
        SourceDefinition source = run.source();
        String baseUrl = source.setting("url");
        RepositoryIdentity identity = identify(run, baseUrl);
        String prefix = source.optionalSetting("metadata-prefix").orElse(MARCXML);
        String set = source.optionalSetting("set").orElse(null);
        OaiRequest request = run.checkpoint().resumptionToken() != null
                ? OaiRequest.resume(OaiRequest.LIST_RECORDS, new ResumptionToken(run.checkpoint().resumptionToken(), null, null, null))
                : OaiRequest.listRecords(prefix, set, window(run.checkpoint(), source, identity.granularity()), identity.granularity());
        while (request != null) {
            OaiResponse response = get(run, request.uri(baseUrl));
            if (response instanceof ProtocolError error) {
                if (error.has(OaiErrorCode.BAD_RESUMPTION_TOKEN) && request.arguments().containsKey("resumptionToken")) {
                    LOG.warnf("source %s: %s; harvesting the window again from the checkpoint", source.id(), error.describe());
                    run.advance(HarvestCheckpoint::tokenRefused);
                    request = OaiRequest.listRecords(prefix, set, window(run.checkpoint(), source, identity.granularity()),
                            identity.granularity());
                    continue;
                }
                throw new HarvestException(baseUrl + " answered " + error.describe());
            }
            RecordPage page = (RecordPage) response;
            run.takeAll(page.records(), record -> take(run, record, prefix));
            String next = page.next().map(ResumptionToken::value).orElse(null);
            Instant latestOnPage = page.records().stream().map(record -> record.header().datestamp())
                    .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null);
            run.advance(checkpoint -> checkpoint.pageTaken(next, latestOnPage));
            request = next == null ? null : OaiRequest.resume(OaiRequest.LIST_RECORDS, page.next().get());
        }
        run.advance(HarvestCheckpoint::listCompleted);
    }

    private RepositoryIdentity identify(HarvestRun run, String baseUrl) throws FetchException, HarvestException, InterruptedException {
        OaiResponse response = get(run, OaiRequest.identify().uri(baseUrl));
        if (response instanceof RepositoryIdentity identity) {
            return identity;
        }
        throw new HarvestException(baseUrl + " did not answer Identify: "
                + (response instanceof ProtocolError error ? error.describe() : response));
    }

    private OaiResponse get(HarvestRun run, URI uri) throws FetchException, HarvestException, InterruptedException {
        FetchResult result = run.fetch(uri);
        if (!result.fetched()) {
            throw new HarvestException(uri + " answered " + result.status() + " (" + result.outcome() + ")");
        }
        try {
            return responses.read(result.body());
        } catch (MalformedResponseException e) {
            throw new HarvestException(uri + ": " + e.getMessage(), e);
        }
    }

    /** From the configured {@code from} date on the first harvest, then from the checkpoint. */
    private static HarvestWindow window(HarvestCheckpoint checkpoint, SourceDefinition source, Granularity granularity) {
        if (checkpoint.harvestedUntil() != null) {
            return HarvestWindow.after(checkpoint.harvestedUntil(), granularity);
        }
        return source.optionalSetting("from")
                .map(from -> new HarvestWindow(LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC), null))
                .orElse(HarvestWindow.all());
    }

    private void take(HarvestRun run, OaiRecord record, String prefix) throws IOException, FetchException, HarvestException,
            InterruptedException {
        String identifier = record.header().identifier();
        if (record.header().deleted() || record.metadataXml() == null) {
            withdrawAll(run, identifier);
            return;
        }
        UnRecord unRecord;
        try {
            unRecord = MARCXML.equals(prefix) ? marc.read(record.metadataXml()) : dublinCore.read(record.metadataXml());
        } catch (MalformedResponseException e) {
            LOG.warnf("source %s: record %s has metadata that cannot be read (%s); skipped", run.source().id(), identifier, e.getMessage());
            return;
        }
        if (unRecord.deleted()) {
            withdrawAll(run, identifier);
            return;
        }
        List<String> languages = run.languages();
        for (LanguageFile file : unRecord.files()) {
            if (languages.contains(file.language())) {
                fetchFile(run, record.header(), unRecord, file);
            }
        }
    }

    private static void fetchFile(HarvestRun run, RecordHeader header, UnRecord unRecord, LanguageFile file) throws IOException,
            FetchException, HarvestException, InterruptedException {
        String identifier = header.identifier();
        FetchResult result = run.fetchIfChanged(URI.create(file.url()));
        switch (result.outcome()) {
            case FETCHED -> run.offer(new IncomingRecord(run.source().id(), identifier, fileName(file.url()),
                    result.mediaType().orElse(null), file.language(), unRecord.sourceMetadata(file, header.datestamp())), result);
            case NOT_MODIFIED -> run.unchanged();
            case GONE -> run.withdraw(identifier, file.language());
            case NOT_FOUND -> run.missing(identifier, file.url());
        }
    }

    /** A deleted header names no languages: each language version the source could have had is withdrawn. */
    private static void withdrawAll(HarvestRun run, String identifier) throws IOException {
        for (String language : run.languages()) {
            run.withdraw(identifier, language);
        }
    }

    static String fileName(String url) {
        String path = URI.create(url).getRawPath();
        return URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    }
}
