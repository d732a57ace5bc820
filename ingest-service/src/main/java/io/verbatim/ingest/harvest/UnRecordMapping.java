package io.verbatim.ingest.harvest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Gives a {@link MarcRecord} the meaning the UN Digital Library's cataloguing gives its fields. */
final class UnRecordMapping {

    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISBD_END = Pattern.compile("\\s*[:/;=,]\\s*$");
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private UnRecordMapping() {
    }

    static UnRecord toUnRecord(MarcRecord marc) {
        return new UnRecord(marc.control("001"), modified(marc.control("005")), symbol(marc), title(marc), date(marc),
                marc.firstValue("981", 'a'), recordType(marc), agenda(marc), related(marc), deleted(marc), files(marc));
    }

    /** {@code S/RES/2538 (2020)} and {@code S/RES/2538  (2020)} are one symbol: runs of spaces become one. */
    static String normaliseWhitespace(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** The first 191 that has $a (some have only $0 and $b); voting records have no 191 and name the resolution in 791. */
    private static String symbol(MarcRecord marc) {
        String symbol = marc.firstValue("191", 'a');
        return normaliseWhitespace(symbol != null ? symbol : marc.firstValue("791", 'a'));
    }

    /** 245 $a and $b without the ISBD separators the cataloguers end them with ({@code year :}, {@code (2020) /}). */
    private static String title(MarcRecord marc) {
        List<MarcField> fields = marc.fields("245");
        if (fields.isEmpty()) {
            return null;
        }
        String title = Stream.of(fields.get(0).first('a'), fields.get(0).first('b'))
                .filter(s -> s != null && !s.isBlank())
                .map(s -> ISBD_END.matcher(normaliseWhitespace(s)).replaceAll(""))
                .collect(Collectors.joining(": "));
        return title.isEmpty() ? null : title;
    }

    /** 992 is the meeting date; 269 of a meeting record is often just the year, so it counts only when complete. */
    private static LocalDate date(MarcRecord marc) {
        LocalDate meeting = fullDate(marc.firstValue("992", 'a'));
        return meeting != null ? meeting : fullDate(marc.firstValue("269", 'a'));
    }

    private static LocalDate fullDate(String value) {
        if (value == null || !FULL_DATE.matcher(value.strip()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime modified(String value) {
        if (value == null || value.length() < 14) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.substring(0, 14), MODIFIED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static RecordType recordType(MarcRecord marc) {
        List<String> collections = marc.fields("989").stream()
                .map(f -> Stream.of(f.first('a'), f.first('b'), f.first('c')).filter(s -> s != null).collect(Collectors.joining(" > ")))
                .toList();
        return new RecordType(marc.values("089", 'b').stream().map(String::strip).distinct().toList(), collections);
    }

    private static List<AgendaEntry> agenda(MarcRecord marc) {
        return marc.fields("991").stream()
                .map(f -> new AgendaEntry(f.first('b'), withoutFinalStop(f.first('c')), f.first('d'), f.all('e')))
                .distinct()
                .toList();
    }

    private static String withoutFinalStop(String title) {
        String t = normaliseWhitespace(title);
        return t != null && t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static List<RelatedDocument> related(MarcRecord marc) {
        return marc.fields("993").stream()
                .flatMap(f -> f.all('a').stream().map(a -> new RelatedDocument(normaliseWhitespace(a), RelatedDocument.Kind.fromIndicator(f.ind1()))))
                .toList();
    }

    private static boolean deleted(MarcRecord marc) {
        return marc.fields("980").stream().anyMatch(f -> "DELETED".equalsIgnoreCase(strip(f.first('a'))) || "DELETED".equalsIgnoreCase(strip(f.first('c'))));
    }

    /** Each 856 that links a PDF (else a text file) whose language is known; the first PDF of a language wins. */
    private static List<LanguageFile> files(MarcRecord marc) {
        List<LanguageFile> files = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<MarcField> links = marc.fields("856").stream()
                .sorted(java.util.Comparator.comparing(f -> !String.valueOf(strip(f.first('u'))).toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")))
                .toList();
        for (MarcField f : links) {
            String url = strip(f.first('u'));
            String language = UndlLanguages.isDocument(url) ? UndlLanguages.of(f.first('y'), url) : null;
            if (language != null && seen.add(language)) {
                files.add(new LanguageFile(language, url));
            }
        }
        return files;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
