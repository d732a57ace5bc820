package io.verbatim.simulator.archive;

import io.verbatim.simulator.meeting.Edition;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.meeting.MeetingText;
import io.verbatim.simulator.meeting.MeetingTextWriter;
import io.verbatim.simulator.render.PdfRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a record: each configured edition as text always, and as PDF where a font can draw it,
 * named as the Digital Library names them ({@code S_PV.9001-EN.pdf}). Rendered on demand; the most
 * recently asked files are kept, since a harvester fetches a file soon after it sees the record.
 */
public final class RecordFiles {

    private static final int CACHED_FILES = 128;
    private static final Pattern FILE_NAME = Pattern.compile("(.+)-([A-Z]{2})\\.(pdf|txt)");

    private final List<Language> languages;
    private final PdfRenderer pdf;
    private final Map<Language, MeetingTextWriter> writers = new EnumMap<>(Language.class);
    private final Map<String, RecordFile> cache = new LinkedHashMap<>(CACHED_FILES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RecordFile> eldest) {
            return size() > CACHED_FILES;
        }
    };

    public RecordFiles(List<Language> languages, PdfRenderer pdf) {
        this.languages = List.copyOf(languages);
        this.pdf = pdf;
        for (Language language : languages) {
            writers.put(language, new MeetingTextWriter(Edition.of(language)));
        }
    }

    public List<Language> languages() {
        return languages;
    }

    /** PDF where a font draws the edition, else text: what 856 $u points to. */
    public FileFormat preferredFormat(Language language) {
        return pdf.canRender(language) ? FileFormat.PDF : FileFormat.TEXT;
    }

    public static String fileName(String symbol, Language language, FileFormat format) {
        return symbol.replace('/', '_').replace(' ', '_') + "-" + language.fileSuffix() + "." + format.extension();
    }

    /** The address of the edition's file that 856 $u and the feeds give, its name percent-encoded. */
    public String url(String baseUrl, ArchivedRecord record, Language language) {
        String name = fileName(record.symbol(), language, preferredFormat(language));
        return baseUrl + "/record/" + record.recid() + "/files/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The edition and format a file name asks for, when it names this record's symbol. */
    public Optional<Map.Entry<Language, FileFormat>> parseFileName(String symbol, String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches() || !m.group(1).equals(symbol.replace('/', '_').replace(' ', '_'))) {
            return Optional.empty();
        }
        return languages.stream().filter(l -> l.fileSuffix().equals(m.group(2))).findFirst()
                .flatMap(l -> FileFormat.fromExtension(m.group(3)).map(f -> Map.entry(l, f)));
    }

    /** The file, or empty when the edition is not served or no font can draw it as PDF. */
    public Optional<RecordFile> file(ArchivedRecord record, Language language, FileFormat format) {
        if (!languages.contains(language) || format == FileFormat.PDF && !pdf.canRender(language)) {
            return Optional.empty();
        }
        String key = record.recid() + "/" + record.version() + "/" + language.code() + "." + format.extension();
        synchronized (cache) {
            RecordFile cached = cache.get(key);
            if (cached != null) {
                return Optional.of(cached.lastModified().equals(record.datestamp()) ? cached : withDate(cached, record));
            }
        }
        RecordFile file = render(record, language, format);
        synchronized (cache) {
            cache.put(key, file);
        }
        return Optional.of(file);
    }

    public String text(ArchivedRecord record, Language language) {
        return writers.get(language).write(record.plan()).text();
    }

    private RecordFile render(ArchivedRecord record, Language language, FileFormat format) {
        MeetingText text = writers.get(language).write(record.plan());
        byte[] content = format == FileFormat.PDF
                ? pdf.render(text, language, record.symbol())
                : text.text().getBytes(StandardCharsets.UTF_8);
        return new RecordFile(fileName(record.symbol(), language, format), format.mediaType(), content,
                "\"" + sha256(content).substring(0, 20) + "\"", record.datestamp());
    }

    private static RecordFile withDate(RecordFile file, ArchivedRecord record) {
        return new RecordFile(file.name(), file.mediaType(), file.content(), file.etag(), record.datestamp());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
