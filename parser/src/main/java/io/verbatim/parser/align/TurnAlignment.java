package io.verbatim.parser.align;

import java.util.List;
import java.util.Optional;

/**
 * Which turn of one language version of a meeting is which turn of another: pairs of {@code seq} values
 * in order, and the turns of each side that have no partner (missing from the other version, or split
 * there into two).
 *
 * @param symbol     the meeting's symbol, or null when neither version gave one
 * @param languageA  ISO 639-1 language of version A, or null
 * @param languageB  ISO 639-1 language of version B, or null
 * @param pairs      in order of both versions
 * @param unpairedA  {@code seq} of the turns of A without a partner in B, ascending
 * @param unpairedB  {@code seq} of the turns of B without a partner in A, ascending
 * @param warnings   what could not be checked, in plain words (e.g. a version without a symbol)
 */
public record TurnAlignment(
        String symbol,
        String languageA,
        String languageB,
        List<TurnPair> pairs,
        List<Integer> unpairedA,
        List<Integer> unpairedB,
        List<String> warnings) {

    /**
     * One turn of A and its counterpart in B.
     *
     * @param score how alike the two turns look (role, country, name, spoken language, position, length);
     *              above zero the evidence is for the pair, below zero it was kept only because the
     *              order of the neighbouring turns required it
     */
    public record TurnPair(int seqA, int seqB, double score) {
    }

    public TurnAlignment {
        pairs = List.copyOf(pairs);
        unpairedA = List.copyOf(unpairedA);
        unpairedB = List.copyOf(unpairedB);
        warnings = List.copyOf(warnings);
    }

    /** The turn of B that is turn {@code seqA} of A, if it was paired. */
    public Optional<Integer> partnerInB(int seqA) {
        return pairs.stream().filter(p -> p.seqA() == seqA).map(TurnPair::seqB).findFirst();
    }

    /** The turn of A that is turn {@code seqB} of B, if it was paired. */
    public Optional<Integer> partnerInA(int seqB) {
        return pairs.stream().filter(p -> p.seqB() == seqB).map(TurnPair::seqA).findFirst();
    }
}
