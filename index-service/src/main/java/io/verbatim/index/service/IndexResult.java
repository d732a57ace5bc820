package io.verbatim.index.service;

/**
 * What became of one record of a batch.
 *
 * @param failure why Elasticsearch refused it for good (a mapping error), with {@link IndexOutcome#REFUSED}; else null
 */
public record IndexResult(IndexOutcome outcome, String failure) {

    static IndexResult of(IndexOutcome outcome) {
        return new IndexResult(outcome, null);
    }

    static IndexResult refused(String reason) {
        return new IndexResult(IndexOutcome.REFUSED, reason);
    }
}
