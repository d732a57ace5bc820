package io.verbatim.ingest.harvest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a UN Digital Library file. MARC 856 $y names it in its own language, but in NFC in some
 * records and NFD in others ({@code Franc\u0327ais}), and German comes as {@code Other}; the file name ends in
 * {@code -EN.pdf}, {@code -FR.pdf} and so on, which is the fallback when the label says nothing.
 */
final class UndlLanguages {

    private static final Map<String, String> BY_LABEL = Map.of(
            "english", "en", "français", "fr", "español", "es", "русский", "ru", "العربية", "ar", "中文", "zh", "deutsch", "de");

    private static final Map<String, String> BY_SUFFIX = Map.of(
            "EN", "en", "FR", "fr", "ES", "es", "RU", "ru", "AR", "ar", "ZH", "zh", "DE", "de");

    private static final Pattern SUFFIX = Pattern.compile("-([A-Za-z]{2})\\.(?:pdf|txt)$", Pattern.CASE_INSENSITIVE);

    private UndlLanguages() {
    }

    /** ISO 639-1 code, or null when neither the label nor the file name tells. */
    static String of(String label, String url) {
        String byLabel = label == null ? null : BY_LABEL.get(Normalizer.normalize(label.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        return byLabel != null ? byLabel : bySuffix(url);
    }

    /** A PDF, or the text edition an archive serves where it has no PDF (the simulator's Chinese without a CJK font). */
    static boolean isDocument(String url) {
        String path = url == null ? "" : pathOf(url).toLowerCase(Locale.ROOT);
        return path.endsWith(".pdf") || path.endsWith(".txt");
    }

    private static String bySuffix(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = SUFFIX.matcher(pathOf(url));
        return m.find() ? BY_SUFFIX.get(m.group(1).toUpperCase(Locale.ROOT)) : null;
    }

    private static String pathOf(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
