package io.verbatim.parser;

import io.verbatim.contracts.SourceMetadata;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.contracts.record.Paragraph;
import io.verbatim.contracts.record.Person;
import io.verbatim.contracts.record.ProceduralEvent;
import io.verbatim.parser.country.CountryTable;
import io.verbatim.parser.extract.DocumentFormat;
import io.verbatim.parser.extract.FormatSniffer;
import io.verbatim.parser.extract.HtmlTextExtractor;
import io.verbatim.parser.extract.PdfTextExtractor;
import io.verbatim.parser.extract.PlainTextExtractor;
import io.verbatim.parser.extract.RawDocument;
import io.verbatim.parser.extract.TextExtractor;
import io.verbatim.parser.language.CjkSpacing;
import io.verbatim.parser.language.LamAlefOrder;
import io.verbatim.parser.language.PresentationForms;
import io.verbatim.parser.language.ScriptLanguageDetector;
import io.verbatim.parser.layout.Line;
import io.verbatim.parser.layout.PageSplitter;
import io.verbatim.parser.layout.ParagraphAssembler;
import io.verbatim.parser.layout.RunningHeaderFilter;
import io.verbatim.parser.structure.MeetingMetadata;
import io.verbatim.parser.structure.MeetingMetadataReader;
import io.verbatim.parser.structure.Segmentation;
import io.verbatim.parser.structure.StructureStarts;
import io.verbatim.parser.structure.SecretariatSpeakers;
import io.verbatim.parser.structure.SpeechSegmenter;
import io.verbatim.parser.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a UN meeting record (PDF, plain text, HTML) into a {@link MeetingRecord}: clean text with pages,
 * metadata, speech turns, agenda items, procedural events. Thread-safe and reusable: the country table
 * and patterns are built once in the constructor, and each parse keeps its state on the stack.
 */
public final class MeetingRecordParser {

    /** Beyond this a PDF is refused rather than risking the worker; UN records run to a few hundred pages. */
    public static final int MAX_PAGES = 5_000;
    /**
     * Text and HTML are read whole; records are at most a few megabytes. The limit keeps a parse within a
     * 256 MB heap, and a record much larger could not travel on the parsed topic anyway: its JSON is about
     * 3.6 times its text, and the topic takes 32 MB.
     */
    public static final long MAX_TEXT_BYTES = 12L * 1024 * 1024;
    /** The same bound on the text a PDF holds (about 2,000 dense two-column pages), checked once it is extracted. */
    public static final long MAX_TEXT_CHARS = 12L * 1024 * 1024;

    private final FormatSniffer sniffer = new FormatSniffer();
    private final TextExtractor pdf = new PdfTextExtractor(MAX_PAGES);
    private final TextExtractor text = new PlainTextExtractor();
    private final TextExtractor html = new HtmlTextExtractor(false);
    private final TextExtractor xml = new HtmlTextExtractor(true);
    private final PageSplitter pageSplitter = new PageSplitter();
    private final RunningHeaderFilter headerFilter = new RunningHeaderFilter();
    private final ParagraphAssembler paragraphAssembler;
    private final ScriptLanguageDetector languageDetector = new ScriptLanguageDetector();
    private final MeetingMetadataReader metadataReader;
    private final SpeechSegmenter segmenter;
    private final SecretariatSpeakers secretariat;

    public MeetingRecordParser() {
        CountryTable countries = CountryTable.load();
        StructureStarts structureStarts = new StructureStarts(countries);
        this.paragraphAssembler = new ParagraphAssembler(structureStarts, structureStarts::mayStartOverLineBreak);
        Vocabulary vocabulary = Vocabulary.bundled();
        this.metadataReader = new MeetingMetadataReader(countries, vocabulary);
        this.segmenter = new SpeechSegmenter(countries);
        this.secretariat = new SecretariatSpeakers(vocabulary);
    }

    public MeetingRecord parse(Path file) throws UnparseableDocumentException {
        return parse(file, file.getFileName() == null ? "" : file.getFileName().toString(), null);
    }

    /** Reads the stream to a temporary file first, so a large PDF is never held in memory. */
    public MeetingRecord parse(InputStream in, String fileName, String mediaTypeHint) throws UnparseableDocumentException {
        return parse(in, fileName, mediaTypeHint, null);
    }

    /**
     * As {@link #parse(InputStream, String, String)}, with what the archive says about the record: it fills
     * the fields the text lacks, and a disagreement is a warning on the record.
     */
    public MeetingRecord parse(InputStream in, String fileName, String mediaTypeHint, SourceMetadata source)
            throws UnparseableDocumentException {
        Path spool = null;
        try {
            spool = Files.createTempFile("verbatim-parse-", ".bin");
            Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
            return SourceMetadataHints.apply(parse(spool, fileName, mediaTypeHint), source);
        } catch (IOException e) {
            throw new UnparseableDocumentException("cannot read input: " + e.getMessage(), e);
        } finally {
            deleteQuietly(spool);
        }
    }

    private MeetingRecord parse(Path file, String fileName, String mediaTypeHint) throws UnparseableDocumentException {
        try {
            if (Files.size(file) == 0) {
                throw new UnparseableDocumentException("empty file");
            }
            DocumentFormat format = sniffer.sniff(file, fileName, mediaTypeHint);
            if (format != DocumentFormat.PDF && Files.size(file) > MAX_TEXT_BYTES) {
                throw new UnparseableDocumentException("text document is larger than " + MAX_TEXT_BYTES / (1024 * 1024) + " MB");
            }
            RawDocument raw = extractorFor(format).extract(file);
            long characters = raw.pages().stream().mapToLong(String::length).sum();
            if (characters > MAX_TEXT_CHARS) {
                throw new UnparseableDocumentException("the document holds " + characters + " characters of text, more than the limit of "
                        + MAX_TEXT_CHARS);
            }
            return read(raw);
        } catch (IOException | UncheckedIOException e) {
            throw new UnparseableDocumentException("cannot read " + (fileName == null ? "input" : fileName) + ": " + e.getMessage(), e);
        }
    }

    private TextExtractor extractorFor(DocumentFormat format) {
        return switch (format) {
            case PDF -> pdf;
            case HTML -> html;
            case XML -> xml;
            case TEXT -> text;
        };
    }

    private MeetingRecord read(RawDocument raw) {
        List<String> pages = raw.pages().stream().map(PresentationForms::fold).map(LamAlefOrder::repair)
                .map(CjkSpacing::close).toList();
        List<Line> lines = pageSplitter.split(pages, raw.pagesKnown());
        List<Paragraph> paragraphs = paragraphAssembler.assemble(headerFilter.filter(lines));
        String text = fullText(paragraphs);
        String language = languageDetector.detect(text);
        Person president = metadataReader.president(lines);
        Segmentation segmented = segmenter.segment(paragraphs, language, president);
        Segmentation body = segmented.withTurns(secretariat.assignRoles(segmented.turns(), text));
        MeetingMetadata meta = metadataReader.read(lines, body.front());
        List<String> warnings = new ArrayList<>(raw.warnings());
        boolean meeting = !body.turns().isEmpty() || meta.meetingNumber() != null;
        if (meeting && body.turns().isEmpty() && raw.hasTextLayer()) {
            warnings.add("no speech turns found although the document looks like a meeting record");
        }
        String openedAt = eventTime(body, ProceduralEvent.OPENING, false);
        int pageCount = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
        return new MeetingRecord(
                meeting ? MeetingRecord.MEETING_RECORD : MeetingRecord.DOCUMENT,
                meta.symbol(), language, meta.body(), meta.title(), meta.meetingNumber(), meta.date(),
                openedAt != null ? openedAt : meta.announcedTime(), meta.announcedTime(),
                eventTime(body, ProceduralEvent.CLOSING, true),
                meta.place(), meta.president(), meta.jobNumber(), meta.distribution(), pageCount, raw.hasTextLayer(),
                paragraphs, body.agenda(), body.turns(), body.events(), warnings);
    }

    private static String fullText(List<Paragraph> paragraphs) {
        return String.join("\n", paragraphs.stream().map(Paragraph::text).toList());
    }

    private static String eventTime(Segmentation body, String type, boolean last) {
        String time = null;
        for (ProceduralEvent event : body.events()) {
            if (event.type().equals(type) && event.time() != null) {
                time = event.time();
                if (!last) {
                    break;
                }
            }
        }
        return time;
    }

    private static void deleteQuietly(Path spool) {
        if (spool != null) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // A temp file left behind is the OS's to clean; the parse result is unaffected.
            }
        }
    }
}
