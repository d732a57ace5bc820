package io.verbatim.contracts;

/** The span attributes every service sets on the spans about one record, to find its trace by record id. */
public final class TraceAttributes {

    public static final String RECORD_ID = "verbatim.record_id";
    public static final String SOURCE_ID = "verbatim.source_id";

    private TraceAttributes() {
    }
}
