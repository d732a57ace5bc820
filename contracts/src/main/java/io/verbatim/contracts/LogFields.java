package io.verbatim.contracts;

/**
 * The names every service logs a record's identity under (the MDC of the line, a field of its JSON), so that one
 * query over the logs of all services follows a record.
 */
public final class LogFields {

    public static final String RECORD_ID = "recordId";
    public static final String SOURCE_ID = "sourceId";

    private LogFields() {
    }
}
