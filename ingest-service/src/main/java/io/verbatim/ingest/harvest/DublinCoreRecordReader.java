package io.verbatim.ingest.harvest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code oai_dc} metadata of an OAI-PMH record into an {@link UnRecord}, for a repository (or a
 * fallback) without MARCXML. Dublin Core has no symbol, body, agenda or record type, so those stay empty;
 * the recid comes from a {@code /record/<n>} identifier and the files from identifiers that link PDFs.
 */
public final class DublinCoreRecordReader {

    private static final Pattern RECID = Pattern.compile("/record/(\\d+)(?:[/?#]|$)|^oai:[^:]+:(\\d+)$");
    private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Map<String, String> ISO_639_1_BY_ISO_639_2 = iso639Codes();

    public UnRecord read(String dcXml) {
        ElementCursor cursor = ElementCursor.openRoot(dcXml.getBytes(StandardCharsets.UTF_8), "oai_dc record");
        if (!cursor.localName().equals("dc")) {
            throw new MalformedResponseException("oai_dc record: expected a dc element but found " + cursor.localName());
        }
        List<String> identifiers = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        String title = null;
        String date = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "identifier" -> identifiers.add(cursor.text());
                case "title" -> title = title == null ? UnRecordMapping.normaliseWhitespace(cursor.text()) : skip(cursor, title);
                case "date" -> date = date == null ? cursor.text() : skip(cursor, date);
                case "language" -> languages.add(language(cursor.text()));
                default -> cursor.skip();
            }
        }
        cursor.close();
        return new UnRecord(recid(identifiers), null, null, title, fullDate(date), null, new RecordType(List.of(), List.of()),
                List.of(), List.of(), false, files(identifiers, languages));
    }

    private static String skip(ElementCursor cursor, String kept) {
        cursor.skip();
        return kept;
    }

    private static String recid(List<String> identifiers) {
        for (String identifier : identifiers) {
            Matcher m = RECID.matcher(identifier);
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
        }
        return null;
    }

    /** PDFs named by their {@code -XX.pdf} suffix; a single unnamed PDF takes the record's single language. */
    private static List<LanguageFile> files(List<String> identifiers, Set<String> languages) {
        List<String> pdfs = identifiers.stream().filter(UndlLanguages::isDocument).toList();
        List<LanguageFile> files = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String url : pdfs) {
            String language = UndlLanguages.of(null, url);
            if (language == null && pdfs.size() == 1 && languages.size() == 1) {
                language = languages.iterator().next();
            }
            if (language != null && seen.add(language)) {
                files.add(new LanguageFile(language, url));
            }
        }
        return files;
    }

    private static LocalDate fullDate(String date) {
        Matcher m = date == null ? null : FULL_DATE.matcher(date.strip());
        try {
            return m != null && m.find() ? LocalDate.parse(m.group(1)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** dc:language is ISO 639-1 ({@code en}) or 639-2 ({@code eng}) depending on the repository. */
    private static String language(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        return c.length() == 3 ? ISO_639_1_BY_ISO_639_2.getOrDefault(c, c) : c;
    }

    private static Map<String, String> iso639Codes() {
        Map<String, String> codes = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            codes.put(Locale.of(iso1).getISO3Language(), iso1);
        }
        codes.put("fre", "fr");
        codes.put("chi", "zh");
        return Map.copyOf(codes);
    }
}
