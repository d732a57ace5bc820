package io.verbatim.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's query split into what must not occur ({@code -word}, {@code -"a phrase"}) and the rest. With words
 * combined by OR, {@code simple_query_string} would read {@code -word} as "or anything without word", so
 * exclusions become a query of their own.
 *
 * @param positive the query without its exclusions, in {@code simple_query_string} syntax
 * @param excluded each excluded word or quoted phrase
 */
record UserQuery(String positive, List<String> excluded) {

    private static final Pattern EXCLUSION = Pattern.compile("(?<=^|\\s)-(\"[^\"]*\"|[^\\s\"]+)");
    private static final int TERM_CHARACTERS = 6;
    private static final Pattern HAN_ONLY_RUN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern HAN_RUN = Pattern.compile("(\"[^\"]*\"?)|([^\\s\"]*\\p{IsHan}[^\\s\"]*)");

    static UserQuery of(String text) {
        List<String> excluded = new ArrayList<>();
        Matcher matcher = EXCLUSION.matcher(text);
        StringBuilder positive = new StringBuilder();
        while (matcher.find()) {
            excluded.add(matcher.group(1));
            matcher.appendReplacement(positive, " ");
        }
        matcher.appendTail(positive);
        return new UserQuery(positive.toString().strip(), excluded);
    }

    /**
     * Each unquoted run holding Chinese becomes a phrase: its words (or bigrams) must follow each other, so a
     * query for 人权理事会 does not match a turn that only holds 人权 and 理事会 apart.
     */
    String withChineseAsPhrases() {
        Matcher matcher = HAN_RUN.matcher(positive);
        StringBuilder quoted = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(1) != null ? matcher.group(1) : "\"" + matcher.group(2) + "\"";
            matcher.appendReplacement(quoted, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(quoted);
        return quoted.toString();
    }

    /**
     * Whether some Chinese run is longer than {@value #TERM_CHARACTERS} characters: more a sentence than a term
     * (人权理事会 is a term, and must be found as such; 不首先使用核武器 is a statement, also found by most of its words).
     */
    boolean hasLongChineseRun() {
        Matcher matcher = HAN_ONLY_RUN.matcher(positive);
        while (matcher.find()) {
            if (matcher.group().length() > TERM_CHARACTERS) {
                return true;
            }
        }
        return false;
    }

    /** The words of the query without operators, for the phrase that ranks the query as printed first. */
    String plainText() {
        return positive.replaceAll("[\"()|+*~]", " ").replaceAll("\\s+", " ").strip();
    }
}
