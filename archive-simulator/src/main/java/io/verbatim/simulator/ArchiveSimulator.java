package io.verbatim.simulator;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.PublishingSchedule;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.http.FaultInjector;
import io.verbatim.simulator.http.LoggedRequest;
import io.verbatim.simulator.http.RequestLog;
import io.verbatim.simulator.http.Routes;
import io.verbatim.simulator.http.SimulatorServer;
import io.verbatim.simulator.meeting.ExpectedRecord;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.meeting.MeetingPlanner;
import io.verbatim.simulator.oai.OaiPmhResponder;
import io.verbatim.simulator.render.PdfFonts;
import io.verbatim.simulator.render.PdfRenderer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A synthetic archive of UN meeting records served over HTTP in the manner of the UN Digital Library:
 * OAI-PMH at {@code /oai2d}, RSS and Atom feeds, files by address and by symbol. Tests drive it in-process:
 * publish, change and delete records, inject faults, and read the log of requests it answered.
 *
 * <pre>{@code
 * try (ArchiveSimulator archive = new ArchiveSimulator(SimulatorConfig.builder().initialRecords(10).build())) {
 *     int port = archive.start();
 *     archive.failNext(1, 503, Duration.ofSeconds(2));
 *     ...
 * }
 * }</pre>
 */
public final class ArchiveSimulator implements AutoCloseable {

    /** Enough to show a harvest in full; older entries are dropped. */
    private static final int LOGGED_REQUESTS = 10_000;

    private final SimulatorConfig config;
    private final MeetingPlanner planner;
    private final Archive archive;
    private final RecordFiles files;
    private final OaiPmhResponder oai;
    private final FaultInjector faults = new FaultInjector();
    private final RequestLog requestLog = new RequestLog(LOGGED_REQUESTS);
    private final SimulatorServer server;
    private final PublishingSchedule schedule;

    public ArchiveSimulator(SimulatorConfig config) {
        this.config = config;
        this.planner = new MeetingPlanner(config.seed());
        this.archive = new Archive(planner, config.clock(), config.initialRecords());
        this.files = new RecordFiles(config.languages(), new PdfRenderer(new PdfFonts(config.fontDirectories())));
        this.oai = new OaiPmhResponder(archive, files, config.clock(), config.repositoryHost(), config.pageSize(), config.tokenLifetime());
        Routes routes = new Routes(archive, files, oai, faults, (int) config.crawlDelay().toSeconds());
        this.server = new SimulatorServer(routes, faults, requestLog, config.clock(), config.baseUrl());
        this.schedule = new PublishingSchedule(archive, config.publishEvery());
    }

    /** Starts serving and, when configured, publishing. @return the bound port */
    public int start() {
        int port = server.start(config.bindAddress(), config.port());
        schedule.start();
        return port;
    }

    public void stop() {
        schedule.stop();
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, as a client on this machine reaches the started simulator. */
    public String baseUrl() {
        String host = config.bindAddress().equals("0.0.0.0") ? "127.0.0.1" : config.bindAddress();
        return config.baseUrl() != null ? config.baseUrl() : "http://" + host + ":" + port();
    }

    public String oaiBaseUrl() {
        return baseUrl() + Routes.OAI_PATH;
    }

    public SimulatorConfig config() {
        return config;
    }

    // ------------------------------------------------------------------ the archive

    /** New records after the last one, datestamped now. */
    public List<ArchivedRecord> publish(int count) {
        return archive.publish(count);
    }

    /** A new version of each record: new content bytes (new ETags) and a new datestamp. */
    public List<ArchivedRecord> change(long... recids) {
        return change(Arrays.stream(recids).boxed().toList());
    }

    public List<ArchivedRecord> change(Collection<Long> recids) {
        return archive.change(recids);
    }

    /** Marks records deleted, datestamped now: OAI shows {@code <header status="deleted">}, files answer 410. */
    public List<ArchivedRecord> delete(long... recids) {
        return delete(Arrays.stream(recids).boxed().toList());
    }

    public List<ArchivedRecord> delete(Collection<Long> recids) {
        return archive.delete(recids);
    }

    /** Every record, deleted ones included, in recid order. */
    public List<ArchivedRecord> records() {
        return archive.records();
    }

    public Optional<ArchivedRecord> record(long recid) {
        return archive.find(recid);
    }

    public String oaiIdentifier(long recid) {
        return oai.identifier(recid);
    }

    /** What the record's edition says, without fetching it: symbol, meeting number, date, turns. */
    public ExpectedRecord expected(long recid, Language language) {
        return planner.expected(archive.find(recid).orElseThrow(() -> new IllegalArgumentException("no record " + recid))
                .recordNumber(), language);
    }

    /** The text edition of a record as served. */
    public String text(long recid, Language language) {
        return files.text(archive.find(recid).orElseThrow(() -> new IllegalArgumentException("no record " + recid)), language);
    }

    /** Whether the edition is served as PDF (a font draws it) or as text only. */
    public boolean servesPdf(Language language) {
        return files.preferredFormat(language) == io.verbatim.simulator.archive.FileFormat.PDF;
    }

    // ------------------------------------------------------------------ faults

    /** The next {@code count} requests, to any endpoint, get {@code status} with {@code Retry-After} (whole seconds; none if zero). */
    public void failNext(int count, int status, Duration retryAfter) {
        faults.failNext(count, status, retryAfter);
    }

    public void failNext(int count) {
        failNext(count, 503, Duration.ofSeconds(1));
    }

    /** Every response waits this long before it is sent, until set back to zero. */
    public void slowResponses(Duration delay) {
        faults.delayResponses(delay);
    }

    /** The next {@code count} successful responses with a body announce its full length and send only half. */
    public void truncateNext(int count) {
        faults.truncateNext(count);
    }

    /** The next {@code count} XML responses (OAI, feeds, MARC export) are not well-formed. */
    public void malformXmlNext(int count) {
        faults.malformXmlNext(count);
    }

    /** Every resumption token issued so far answers badResumptionToken. */
    public void expireResumptionTokens() {
        oai.expireResumptionTokens();
    }

    /** The record's file in this language answers {@code status} (404 or 410), in every format and address. */
    public void makeGone(long recid, Language language, int status) {
        faults.makeGone(recid, language, status);
    }

    /** Removes every injected fault; tokens already expired stay expired. */
    public void clearFaults() {
        faults.clear();
    }

    // ------------------------------------------------------------------ the request log

    /** The requests answered, oldest first. */
    public List<LoggedRequest> requests() {
        return requestLog.requests();
    }

    public void clearRequests() {
        requestLog.clear();
    }
}
