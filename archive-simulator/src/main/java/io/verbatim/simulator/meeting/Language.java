package io.verbatim.simulator.meeting;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/** The six official languages of the UN, in the order the Digital Library lists their files. */
public enum Language {
    AR("ar", "العربية", 'A'),
    ZH("zh", "中文", 'C'),
    EN("en", "English", 'E'),
    FR("fr", "Français", 'F'),
    RU("ru", "Русский", 'R'),
    ES("es", "Español", 'S');

    private final String code;
    private final String label;
    private final char jobLetter;

    Language(String code, String label, char jobLetter) {
        this.code = code;
        this.label = label;
        this.jobLetter = jobLetter;
    }

    /** ISO 639-1, as in {@code lang=en}. */
    public String code() {
        return code;
    }

    /** The suffix of the file name: {@code -EN.pdf}. */
    public String fileSuffix() {
        return code.toUpperCase(Locale.ROOT);
    }

    /** The edition's letter after the job number: {@code 25-01234 (E)}. */
    public char jobLetter() {
        return jobLetter;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The name of the language in itself, as 856 $y prints it. */
    public String label() {
        return label;
    }

    /**
     * The label decomposed ({@code Franc\u0327ais}); the Digital Library serves about four in ten of its
     * French and Spanish labels this way.
     */
    public String decomposedLabel() {
        return Normalizer.normalize(label, Normalizer.Form.NFD);
    }

    public static Language fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown language '" + code + "'; use one of ar, zh, en, fr, ru, es"));
    }
}
