package io.verbatim.admin;

import io.verbatim.contracts.DeadLetterHeaders;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which dead letters a replay takes: one record's (by its key, the recordId), those whose reason or cause holds a
 * text (any case), or all. Null criteria select everything.
 */
record LetterSelection(String recordId, String reasonPart) implements Predicate<DeadLetter> {

    @Override
    public boolean test(DeadLetter letter) {
        return (recordId == null || recordId.equals(letter.key()))
                && (reasonPart == null || contains(letter.header(DeadLetterHeaders.REASON))
                || contains(letter.header(DeadLetterHeaders.CAUSE)));
    }

    private boolean contains(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(reasonPart.toLowerCase(Locale.ROOT));
    }
}
