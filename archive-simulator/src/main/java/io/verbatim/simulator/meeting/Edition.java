package io.verbatim.simulator.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * How one language edition prints the parts of a meeting record: masthead, title, date line, labels,
 * procedural lines and its bank of phrases. The words live in {@code edition-<code>.properties}; this
 * class only fills their templates.
 */
public final class Edition {

    private final Language language;
    private final Properties words;

    private Edition(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static Edition of(Language language) {
        String resource = "edition-" + language.code() + ".properties";
        Properties words = new Properties();
        try (InputStream in = Edition.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the archive-simulator jar");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Edition(language, words);
    }

    public Language language() {
        return language;
    }

    public String masthead() {
        return word("masthead");
    }

    public String bodyName(MeetingSeries series) {
        return word("body." + series.key());
    }

    public String status() {
        return word("status");
    }

    public String title(MeetingSeries series, int meetingNumber) {
        return fill(word(series.plenary() ? "title.plenary" : "title.meeting"),
                Map.of("number", Integer.toString(meetingNumber), "ordinal", ordinal(meetingNumber)));
    }

    private String ordinal(int n) {
        String exact = words.getProperty("ordinal.exact." + n);
        if (exact != null) {
            return exact;
        }
        String lastDigit = n % 100 / 10 == 1 ? null : words.getProperty("ordinal.last-digit." + n % 10);
        return lastDigit != null ? lastDigit : word("ordinal.other");
    }

    public String date(LocalDate date) {
        String months = words.getProperty("months");
        String pattern = word("date");
        if (months != null) {
            // The Arabic edition prints two names for each month (أيلول/سبتمبر), which no locale of the JDK has.
            pattern = pattern.replace("MMMM", "'" + months.split(",")[date.getMonthValue() - 1] + "'");
        }
        String text = DateTimeFormatter.ofPattern(pattern, language.locale()).format(date);
        return Boolean.parseBoolean(words.getProperty("date.capitalized")) ? text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1) : text;
    }

    public String time(LocalTime time) {
        int h12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return fill(word(time.getMinute() == 0 ? "time.hour" : "time.minutes"), Map.of(
                "H", Integer.toString(time.getHour()), "h12", Integer.toString(h12),
                "mm", String.format("%02d", time.getMinute()),
                "ampm", words.getProperty(time.getHour() < 12 ? "am" : "pm", "")));
    }

    public String place(MeetingSeries.Place place) {
        return word("place." + place.name());
    }

    public String dateLine(LocalDate date, LocalTime scheduled, MeetingSeries.Place place) {
        return fill(word("dateline"), Map.of("date", date(date), "time", time(scheduled), "place", place(place)));
    }

    /** The line under the date line naming the place, or empty where the date line already names it. */
    public String placeLine(MeetingSeries.Place place) {
        return fill(words.getProperty("placeline", ""), Map.of("place", place(place)));
    }

    public String presidentCaption() {
        return word("president");
    }

    public String opened(LocalTime time) {
        return fill(word("opened"), Map.of("time", time(time)));
    }

    public String rose(LocalTime time) {
        return fill(word("rose"), Map.of("time", time(time)));
    }

    /** The chair as a label prints it: {@code The President}, {@code La Présidente}, {@code 主席}. */
    public String chairHead(boolean female) {
        return word(female ? "chair.f" : "chair.m");
    }

    /** A delegate as a label prints them before the brackets: {@code Mr. Dupont}, {@code 杜邦先生}. */
    public String delegateHead(Delegate delegate) {
        return fill(word("head"), Map.of("title", word(delegate.female() ? "title.f" : "title.m"), "name", delegate.surname(language)));
    }

    public String chairLabel(Delegate president) {
        return fill(word("label.chair"), Map.of("head", chairHead(president.female()), "note", note(president)));
    }

    /** @param wide full-width brackets, which the Chinese edition prints in some labels */
    public String delegateLabel(Delegate delegate, boolean wide) {
        String key = wide && words.containsKey("label.delegate.wide") ? "label.delegate.wide" : "label.delegate";
        return fill(word(key), Map.of("head", delegateHead(delegate), "country", delegate.countryName(language),
                "note", note(delegate), "note.wide", noteWide(delegate)));
    }

    private String note(Delegate speaker) {
        if (speaker.spoken() == language) {
            return "";
        }
        String key = speaker.female() && words.containsKey("note.f") ? "note.f" : "note";
        return fill(word(key), Map.of("language", word("language." + speaker.spoken().code())));
    }

    private String noteWide(Delegate speaker) {
        if (speaker.spoken() == language || !words.containsKey("note.wide")) {
            return note(speaker);
        }
        return fill(word("note.wide"), Map.of("language", word("language." + speaker.spoken().code())));
    }

    public String floor(Delegate next) {
        return fill(word("chair.floor"), Map.of("country", next.countryName(language)));
    }

    public String thank(Delegate previous) {
        return fill(word("chair.thank"), Map.of("country", previous.countryName(language)));
    }

    public String close() {
        return word("chair.close");
    }

    /** The numbered phrases under a prefix: {@code speech} gives {@code speech.1}, {@code speech.2}, … */
    public List<String> phrases(String prefix) {
        List<String> phrases = new ArrayList<>();
        for (int i = 1; words.containsKey(prefix + "." + i); i++) {
            phrases.add(words.getProperty(prefix + "." + i));
        }
        return phrases;
    }

    private String word(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("edition-" + language.code() + ".properties has no '" + key + "'");
        }
        return value;
    }

    private static String fill(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }
}
