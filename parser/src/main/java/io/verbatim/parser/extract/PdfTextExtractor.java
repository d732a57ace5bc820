package io.verbatim.parser.extract;

import io.verbatim.parser.UnparseableDocumentException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF text, page by page. The file is read through a buffered random-access file and PDFBox's stream
 * cache lives in temporary files, so memory stays bounded whatever the size of the document.
 */
public final class PdfTextExtractor implements TextExtractor {

    private final int maxPages;

    public PdfTextExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public RawDocument extract(Path file) throws UnparseableDocumentException, IOException {
        try (PDDocument document = open(file)) {
            if (document.isEncrypted()) {
                throw new UnparseableDocumentException("PDF is encrypted");
            }
            int pageCount = document.getNumberOfPages();
            if (pageCount > maxPages) {
                throw new UnparseableDocumentException("document is larger than " + maxPages + " pages (" + pageCount + ")");
            }
            List<String> warnings = new ArrayList<>();
            List<String> pages = extractPages(document, pageCount, warnings);
            if (pages.isEmpty()) {
                // A truncated file can keep its catalog, even a page count, and lose the pages themselves.
                throw new UnparseableDocumentException("damaged PDF: no pages");
            }
            boolean hasText = pages.stream().anyMatch(p -> !p.isBlank());
            if (!hasText) {
                warnings.add("no text layer: the PDF holds images only (a scan?); indexed by metadata only");
            }
            return new RawDocument(pages, true, hasText, warnings);
        }
    }

    private static PDDocument open(Path file) throws UnparseableDocumentException, IOException {
        RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
        try {
            return Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            source.close();
            throw new UnparseableDocumentException("PDF is encrypted", e);
        } catch (IOException e) {
            source.close();
            throw new UnparseableDocumentException("damaged PDF: " + e.getMessage(), e);
        }
    }

    private static List<String> extractPages(PDDocument document, int pageCount, List<String> warnings) throws IOException {
        PageRenderer renderer = new PageRenderer();
        List<String> pages = new ArrayList<>(pageCount);
        try {
            new LineCollectingStripper(lines -> pages.add(renderer.render(lines))).writeText(document, Writer.nullWriter());
            return pages;
        } catch (IOException | RuntimeException e) {
            // One bad page should not cost the record: retry page by page and keep what reads.
            pages.clear();
            for (int page = 1; page <= pageCount; page++) {
                pages.add(extractPage(document, page, renderer, warnings));
            }
            return pages;
        }
    }

    private static String extractPage(PDDocument document, int page, PageRenderer renderer, List<String> warnings) {
        List<String> one = new ArrayList<>(1);
        LineCollectingStripper stripper = new LineCollectingStripper(lines -> one.add(renderer.render(lines)));
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        try {
            stripper.writeText(document, Writer.nullWriter());
            return one.isEmpty() ? "" : one.get(0);
        } catch (IOException | RuntimeException e) {
            warnings.add("page " + page + " could not be read: " + e.getMessage());
            return "";
        }
    }

    /** A page's lines in reading order (columns one after the other), then as text with their indents. */
    private static final class PageRenderer {
        private final ColumnReadingOrder columns = new ColumnReadingOrder();
        private final IndentRenderer indents = new IndentRenderer();

        String render(List<PageLine> lines) {
            ColumnReadingOrder.Arranged page = columns.arrange(lines);
            return indents.render(page.lines(), page.columnEdges());
        }
    }
}
