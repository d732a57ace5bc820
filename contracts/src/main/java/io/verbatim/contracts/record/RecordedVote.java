package io.verbatim.contracts.record;

import java.util.List;

/**
 * A recorded vote: each country's ISO alpha-3 code and name as printed, by how it voted.
 *
 * @param draft the draft voted on, e.g. {@code A/71/L.23} or {@code draft resolution I}
 * @param outcome e.g. {@code adopted}, or null when not printed
 */
public record RecordedVote(
        String draft,
        List<CountryRef> inFavour,
        List<CountryRef> against,
        List<CountryRef> abstaining,
        String outcome) {

    public record CountryRef(String code, String name) {
    }
}
