package io.verbatim.ingest.harvest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bytes of an OAI-PMH 2.0 response into an {@link OaiResponse}. Handles Identify, ListRecords and
 * ListIdentifiers; {@code noRecordsMatch} is not a failure to a harvester, so it comes back as an empty
 * last page rather than a {@link ProtocolError}. Anything that is not an OAI-PMH response (an HTML error
 * page, a WAF challenge, broken XML) throws {@link MalformedResponseException}.
 */
public final class OaiPmhResponseReader {

    public static final String NAMESPACE = "http://www.openarchives.org/OAI/2.0/";

    private final OaiRecordPageReader pages = new OaiRecordPageReader();

    public OaiResponse read(byte[] response) {
        ElementCursor cursor = ElementCursor.openRoot(response, "OAI-PMH response");
        requireOaiElement(cursor, "OAI-PMH", "the root element");
        List<OaiError> errors = new ArrayList<>();
        OaiResponse answer = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "error" -> errors.add(error(cursor));
                case "Identify" -> answer = identify(cursor);
                case "ListRecords", "ListIdentifiers" -> answer = pages.read(cursor);
                default -> cursor.skip();
            }
        }
        cursor.close();
        if (!errors.isEmpty()) {
            return errors.stream().allMatch(e -> e.code() == OaiErrorCode.NO_RECORDS_MATCH) ? RecordPage.empty() : new ProtocolError(errors);
        }
        if (answer == null) {
            throw new MalformedResponseException("OAI-PMH response has neither an error nor an Identify, ListRecords or ListIdentifiers element");
        }
        return answer;
    }

    private static void requireOaiElement(ElementCursor cursor, String name, String role) {
        if (!cursor.localName().equals(name) || !cursor.namespace().equals(NAMESPACE)) {
            throw new MalformedResponseException("OAI-PMH response: expected " + role + " {" + NAMESPACE + "}" + name + " but found {"
                    + cursor.namespace() + "}" + cursor.localName());
        }
    }

    private static OaiError error(ElementCursor cursor) {
        String code = cursor.attribute("code");
        return new OaiError(OaiErrorCode.fromProtocol(code), code, cursor.text());
    }

    private static RepositoryIdentity identify(ElementCursor cursor) {
        String name = null;
        String baseUrl = null;
        String version = null;
        String granularity = null;
        String earliest = null;
        String deleted = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "repositoryName" -> name = cursor.text();
                case "baseURL" -> baseUrl = cursor.text();
                case "protocolVersion" -> version = cursor.text();
                case "granularity" -> granularity = cursor.text();
                case "earliestDatestamp" -> earliest = cursor.text();
                case "deletedRecord" -> deleted = cursor.text();
                default -> cursor.skip();
            }
        }
        return new RepositoryIdentity(name, required(baseUrl, "Identify/baseURL"), version,
                Granularity.fromProtocol(required(granularity, "Identify/granularity")),
                earliest == null ? null : Granularity.parseDatestamp(earliest),
                DeletedRecordPolicy.fromProtocol(required(deleted, "Identify/deletedRecord")));
    }

    static String required(String value, String path) {
        if (value == null || value.isEmpty()) {
            throw new MalformedResponseException("OAI-PMH response has no " + path);
        }
        return value;
    }
}
