package io.verbatim.parser.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a decoded sample shows about its writing, to tell a right decoding from mojibake. A wrong code page
 * still yields letters, but not the letters of a language: Latin accents in runs ("Ïðåäñåäàòåëü"), stray
 * symbols ("ÖÐ»ª¹²"), capitals inside words, or Cyrillic glued to Latin ("rйunion").
 */
final class ScriptEvidence {

    private static final double MIN_SCRIPT_SHARE = 0.8;
    private static final double MAX_SYMBOL_SHARE = 0.15;
    private static final double MAX_CONTROL_SHARE = 0.01;
    /** French and Spanish put one accented letter between plain ones; "réélu" and "ção" are the exception. */
    private static final double MAX_ACCENT_RUN_SHARE = 0.25;
    private static final double MAX_MIXED_WORD_SHARE = 0.2;
    private static final double MAX_CASE_FLIP_SHARE = 0.1;
    /** Below these counts a ratio says nothing. */
    private static final int MIN_EVIDENCE = 4;

    private final Map<UnicodeScript, Integer> nonAsciiLettersByScript = new EnumMap<>(UnicodeScript.class);
    private int chars;
    private int nonAsciiChars;
    private int nonAsciiLetters;
    private int controls;
    private int symbols;
    private int accentRuns;
    private int lettersAfterLowerCase;
    private int caseFlips;
    private final Map<UnicodeScript, Integer> wordsByScript = new EnumMap<>(UnicodeScript.class);
    private final Map<UnicodeScript, Integer> mixedWordsByScript = new EnumMap<>(UnicodeScript.class);

    private ScriptEvidence() {
    }

    static ScriptEvidence of(String text) {
        ScriptEvidence evidence = new ScriptEvidence();
        evidence.read(text);
        return evidence;
    }

    /** Why the text does not look like a text written in {@code expected}, if it does not. */
    Optional<String> doubtFor(UnicodeScript expected) {
        String script = expected.name().toLowerCase(Locale.ROOT);
        if (controls > MAX_CONTROL_SHARE * chars) {
            return Optional.of(controls + " control characters in " + chars);
        }
        if (symbols >= MIN_EVIDENCE && symbols > MAX_SYMBOL_SHARE * nonAsciiChars) {
            return Optional.of(symbols + " of its " + nonAsciiChars + " non-ASCII characters are stray symbols");
        }
        int inScript = nonAsciiLettersByScript.getOrDefault(expected, 0);
        if (expected != UnicodeScript.LATIN && inScript == 0) {
            return Optional.of("it has no " + script + " letters");
        }
        if (inScript < MIN_SCRIPT_SHARE * nonAsciiLetters) {
            return Optional.of("only " + inScript + " of its " + nonAsciiLetters + " non-ASCII letters are " + script);
        }
        if (expected == UnicodeScript.LATIN && nonAsciiLetters >= MIN_EVIDENCE && accentRuns > MAX_ACCENT_RUN_SHARE * nonAsciiLetters) {
            return Optional.of(accentRuns + " of its " + nonAsciiLetters + " accented letters follow another one, as in mojibake");
        }
        int words = wordsByScript.getOrDefault(expected, 0);
        int mixed = mixedWordsByScript.getOrDefault(expected, 0);
        if (expected != UnicodeScript.LATIN && mixed >= MIN_EVIDENCE && mixed > MAX_MIXED_WORD_SHARE * words) {
            return Optional.of(mixed + " of its " + words + " " + script + " words also hold Latin letters");
        }
        if (caseFlips >= MIN_EVIDENCE && caseFlips > MAX_CASE_FLIP_SHARE * lettersAfterLowerCase) {
            return Optional.of(caseFlips + " capitals follow a small letter inside a word");
        }
        return Optional.empty();
    }

    private void read(String text) {
        int previous = ' ';
        boolean wordHasAscii = false;
        UnicodeScript wordScript = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            chars++;
            countCharacter(c, previous);
            if (Character.isLetter(c)) {
                if (c < 0x80) {
                    wordHasAscii = true;
                } else if (wordScript == null) {
                    wordScript = UnicodeScript.of(c);
                }
            } else if (!isMark(c)) {
                endWord(wordScript, wordHasAscii);
                wordHasAscii = false;
                wordScript = null;
            }
            previous = c;
        }
        endWord(wordScript, wordHasAscii);
    }

    private void countCharacter(int c, int previous) {
        if (isControl(c)) {
            controls++;
        }
        if (c < 0x80) {
            countCase(c, previous);
            return;
        }
        nonAsciiChars++;
        if (Character.isLetter(c)) {
            nonAsciiLetters++;
            nonAsciiLettersByScript.merge(UnicodeScript.of(c), 1, Integer::sum);
            if (previous >= 0x80 && Character.isLetter(previous)) {
                accentRuns++;
            }
            countCase(c, previous);
        } else if (isSymbol(c)) {
            symbols++;
        }
    }

    private void countCase(int c, int previous) {
        if (Character.isLowerCase(previous) && Character.isLetter(c)) {
            lettersAfterLowerCase++;
            if (Character.isUpperCase(c)) {
                caseFlips++;
            }
        }
    }

    private void endWord(UnicodeScript script, boolean hasAscii) {
        if (script != null) {
            wordsByScript.merge(script, 1, Integer::sum);
            if (hasAscii) {
                mixedWordsByScript.merge(script, 1, Integer::sum);
            }
        }
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Symbols a meeting record hardly uses but mojibake is full of: ¤ ¦ ¨ ¬ ± ´ ¶ ¸ ¹ ² ³ ¼ ½ × ÷ and the like. */
    private static boolean isSymbol(int c) {
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.OTHER_NUMBER || type == Character.CURRENCY_SYMBOL && c != 0x20AC;
    }
}
