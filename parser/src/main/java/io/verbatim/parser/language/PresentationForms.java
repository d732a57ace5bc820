package io.verbatim.parser.language;

import java.text.Normalizer;

/**
 * Folds Arabic presentation forms (the contextual glyph shapes some PDF extractors return) to ordinary
 * letters. Only those ranges are normalised: NFKC on the whole text would also turn Chinese full-width
 * punctuation into ASCII and change the text as printed.
 */
public final class PresentationForms {

    private PresentationForms() {
    }

    public static String fold(String text) {
        StringBuilder out = null;
        int copiedUpTo = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPresentationForm(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copiedUpTo, i).append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
                copiedUpTo = i + 1;
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copiedUpTo, text.length()).toString();
    }

    private static boolean isPresentationForm(char c) {
        return (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF');
    }
}
