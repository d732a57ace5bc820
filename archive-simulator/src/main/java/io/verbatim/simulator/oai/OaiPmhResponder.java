package io.verbatim.simulator.oai;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.MeetingSeries;
import io.verbatim.simulator.xml.XmlOut;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers OAI-PMH 2.0 requests (http://www.openarchives.org/OAI/2.0/openarchivesprotocol.htm) over the
 * archive: the six verbs, {@code marcxml} and {@code oai_dc}, sets per organ, selective harvesting by
 * datestamp, persistent deletions, and flow control by resumption tokens in ascending recid order.
 */
public final class OaiPmhResponder {

    public static final String PATH = "/oai2d";
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String MARCXML = "marcxml";
    private static final String OAI_DC = "oai_dc";
    private static final Pattern IDENTIFIER = Pattern.compile("oai:(.+):(\\d{1,12})");

    private final Archive archive;
    private final Clock clock;
    private final String repositoryHost;
    private final int pageSize;
    private final ResumptionTokens tokens;
    private final MarcXmlWriter marc;
    private final DublinCoreWriter dublinCore;

    public OaiPmhResponder(Archive archive, RecordFiles files, Clock clock, String repositoryHost, int pageSize, Duration tokenLifetime) {
        this.archive = archive;
        this.clock = clock;
        this.repositoryHost = repositoryHost;
        this.pageSize = pageSize;
        this.tokens = new ResumptionTokens(clock, tokenLifetime);
        this.marc = new MarcXmlWriter(files);
        this.dublinCore = new DublinCoreWriter(files, marc);
    }

    public String identifier(long recid) {
        return "oai:" + repositoryHost + ":" + recid;
    }

    public void expireResumptionTokens() {
        tokens.expireAll();
    }

    /** @param baseUrl the simulator's address; the OAI base URL is {@code <baseUrl>/oai2d} */
    public byte[] respond(Map<String, List<String>> query, String baseUrl) {
        String oaiUrl = baseUrl + PATH;
        XmlOut xml = new XmlOut();
        xml.start("OAI-PMH").defaultNamespace(OAI).namespace("xsi", XSI)
                .attribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        xml.element("responseDate", OaiDates.format(clock.instant()));
        OaiArguments arguments;
        try {
            arguments = OaiArguments.parse(query);
        } catch (OaiError e) {
            xml.element("request", oaiUrl);
            return error(xml, e);
        }
        xml.start("request").attribute("verb", arguments.verb());
        arguments.all().forEach(xml::attribute);
        xml.text(oaiUrl).end();
        try {
            switch (arguments.verb()) {
                case "Identify" -> identify(xml, oaiUrl);
                case "ListMetadataFormats" -> listMetadataFormats(xml, arguments);
                case "ListSets" -> listSets(xml, arguments);
                case "GetRecord" -> getRecord(xml, arguments, baseUrl);
                default -> list(xml, arguments, baseUrl);
            }
            return xml.end().finish();
        } catch (OaiError e) {
            return error(xml, e);
        }
    }

    private static byte[] error(XmlOut xml, OaiError e) {
        return xml.start("error").attribute("code", e.code()).text(e.getMessage()).end().end().finish();
    }

    private void identify(XmlOut xml, String oaiUrl) {
        xml.start("Identify")
                .element("repositoryName", "Verbatim archive simulator")
                .element("baseURL", oaiUrl)
                .element("protocolVersion", "2.0")
                .element("adminEmail", "archive-simulator@example.org")
                .element("earliestDatestamp", OaiDates.format(archive.earliestDatestamp()))
                .element("deletedRecord", "persistent")
                .element("granularity", OaiDates.GRANULARITY)
                .end();
    }

    private void listMetadataFormats(XmlOut xml, OaiArguments arguments) throws OaiError {
        if (arguments.get("identifier").isPresent()) {
            record(arguments.get("identifier").get());
        }
        xml.start("ListMetadataFormats");
        format(xml, MARCXML, "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MarcXmlWriter.NAMESPACE);
        format(xml, OAI_DC, DublinCoreWriter.SCHEMA, DublinCoreWriter.OAI_DC);
        xml.end();
    }

    private static void format(XmlOut xml, String prefix, String schema, String namespace) {
        xml.start("metadataFormat").element("metadataPrefix", prefix).element("schema", schema).element("metadataNamespace", namespace).end();
    }

    private static void listSets(XmlOut xml, OaiArguments arguments) throws OaiError {
        if (arguments.get("resumptionToken").isPresent()) {
            throw new OaiError("badResumptionToken", "ListSets has no flow control; the whole list comes in one response");
        }
        xml.start("ListSets");
        for (MeetingSeries series : MeetingSeries.values()) {
            xml.start("set").element("setSpec", series.setSpec()).element("setName", series.englishName()).end();
        }
        xml.end();
    }

    private void getRecord(XmlOut xml, OaiArguments arguments, String baseUrl) throws OaiError {
        String prefix = checkedPrefix(arguments.get("metadataPrefix").orElseThrow());
        ArchivedRecord record = record(arguments.get("identifier").orElseThrow());
        xml.start("GetRecord");
        writeRecord(xml, record, prefix, baseUrl);
        xml.end();
    }

    private void list(XmlOut xml, OaiArguments arguments, String baseUrl) throws OaiError {
        Optional<String> token = arguments.get("resumptionToken");
        ResumptionTokens.Position position = token.isPresent()
                ? tokens.resolve(token.get()).orElseThrow(() -> new OaiError("badResumptionToken",
                        "the resumption token '" + token.get() + "' has expired or was never issued; start the list again"))
                : new ResumptionTokens.Position(query(arguments), 0, 0, Instant.MAX);
        ListQuery query = position.query();
        List<ArchivedRecord> selected = archive.records().stream().filter(query::selects).toList();
        List<ArchivedRecord> remaining = selected.stream().filter(r -> r.recid() > position.afterRecid()).toList();
        if (selected.isEmpty() && token.isEmpty()) {
            throw new OaiError("noRecordsMatch", "no record matches " + describe(query));
        }
        List<ArchivedRecord> page = remaining.subList(0, Math.min(pageSize, remaining.size()));
        xml.start(query.verb());
        for (ArchivedRecord record : page) {
            if (query.verb().equals("ListIdentifiers")) {
                header(xml, record);
            } else {
                writeRecord(xml, record, query.metadataPrefix(), baseUrl);
            }
        }
        if (remaining.size() > page.size()) {
            String next = tokens.issue(query, page.get(page.size() - 1).recid(), position.cursor() + page.size());
            xml.start("resumptionToken").attribute("expirationDate", OaiDates.format(tokens.expiry(next)))
                    .attribute("completeListSize", Integer.toString(selected.size()))
                    .attribute("cursor", Integer.toString(position.cursor())).text(next).end();
        } else if (token.isPresent()) {
            // The last page of a list that came in pages ends with an empty token.
            xml.start("resumptionToken").attribute("completeListSize", Integer.toString(selected.size()))
                    .attribute("cursor", Integer.toString(position.cursor())).end();
        }
        xml.end();
    }

    private ListQuery query(OaiArguments arguments) throws OaiError {
        String prefix = checkedPrefix(arguments.get("metadataPrefix").orElseThrow());
        Optional<String> from = arguments.get("from");
        Optional<String> until = arguments.get("until");
        Instant fromInstant = from.isPresent() ? OaiDates.from(from.get()) : null;
        Instant untilInstant = until.isPresent() ? OaiDates.until(until.get()) : null;
        return new ListQuery(arguments.verb(), prefix, fromInstant, untilInstant, arguments.get("set").orElse(null));
    }

    private static String describe(ListQuery query) {
        return "metadataPrefix=" + query.metadataPrefix()
                + (query.from() == null ? "" : ", from " + OaiDates.format(query.from()))
                + (query.until() == null ? "" : ", until " + OaiDates.format(query.until()))
                + (query.set() == null ? "" : ", set " + query.set());
    }

    private static String checkedPrefix(String prefix) throws OaiError {
        if (!prefix.equals(MARCXML) && !prefix.equals(OAI_DC)) {
            throw new OaiError("cannotDisseminateFormat", "'" + prefix + "' is not served; use marcxml or oai_dc");
        }
        return prefix;
    }

    private ArchivedRecord record(String identifier) throws OaiError {
        Matcher m = IDENTIFIER.matcher(identifier);
        if (!m.matches() || !m.group(1).equals(repositoryHost)) {
            throw new OaiError("idDoesNotExist", "'" + identifier + "' is not an identifier of this repository (oai:" + repositoryHost + ":<recid>)");
        }
        return archive.find(Long.parseLong(m.group(2)))
                .orElseThrow(() -> new OaiError("idDoesNotExist", "no record " + identifier));
    }

    private void writeRecord(XmlOut xml, ArchivedRecord record, String prefix, String baseUrl) {
        xml.start("record");
        header(xml, record);
        if (!record.deleted()) {
            xml.start("metadata");
            if (prefix.equals(MARCXML)) {
                marc.write(xml, record, baseUrl, true);
            } else {
                dublinCore.write(xml, record, baseUrl);
            }
            xml.end();
        }
        xml.end();
    }

    private void header(XmlOut xml, ArchivedRecord record) {
        xml.start("header");
        if (record.deleted()) {
            xml.attribute("status", "deleted");
        }
        xml.element("identifier", identifier(record.recid()))
                .element("datestamp", OaiDates.format(record.datestamp()))
                .element("setSpec", record.plan().series().setSpec())
                .end();
    }
}
