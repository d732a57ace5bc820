package io.verbatim.parser.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.lang.Character.UnicodeScript;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks ICU's charset detector which legacy code pages a sample may be in, best first, keeping those that
 * UN records in the six languages are saved in. The detector also proposes UTF-16 for any text and
 * Japanese or Korean code pages for Chinese; those readings are never right here, and the Unicode forms are
 * recognised before it is asked.
 */
final class CharsetGuesses {

    private static final Map<String, UnicodeScript> SCRIPT_OF_CHARSET = Map.of(
            "GB18030", UnicodeScript.HAN,
            "Big5", UnicodeScript.HAN,
            "windows-1251", UnicodeScript.CYRILLIC,
            "windows-1256", UnicodeScript.ARABIC,
            "windows-1252", UnicodeScript.LATIN,
            // ICU says ISO-8859-1 when the sample has no byte in 0x80-0x9F; where the two differ,
            // Windows-1252 has the curly quotes and dashes that a text means, ISO-8859-1 control codes.
            "ISO-8859-1", UnicodeScript.LATIN);

    private CharsetGuesses() {
    }

    static List<CharsetGuess> of(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        List<CharsetGuess> guesses = new ArrayList<>();
        for (CharsetMatch match : detector.detectAll()) {
            UnicodeScript script = SCRIPT_OF_CHARSET.get(match.getName());
            if (script == null) {
                continue;
            }
            Charset charset = Charset.forName("ISO-8859-1".equals(match.getName()) ? "windows-1252" : match.getName());
            if (guesses.stream().noneMatch(guess -> guess.charset().equals(charset))) {
                guesses.add(new CharsetGuess(charset, match.getConfidence(), script));
            }
        }
        return guesses;
    }
}
