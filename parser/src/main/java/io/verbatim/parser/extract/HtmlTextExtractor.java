package io.verbatim.parser.extract;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML and XML. jsoup never fetches external resources or resolves external entities, so neither
 * scripts nor XXE can reach out; scripts and styles are dropped. Block elements become lines, and each
 * paragraph-like block starts with an indent so the layout stage sees a new paragraph.
 */
public final class HtmlTextExtractor implements TextExtractor {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of(
            "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
            "article", "header", "footer", "table", "ul", "ol", "dd", "dt", "title");

    private final boolean xml;

    public HtmlTextExtractor(boolean xml) {
        this.xml = xml;
    }

    @Override
    public RawDocument extract(Path file) throws IOException {
        DecodedText source = TextDecoding.read(file);
        Document document = xml ? Jsoup.parse(source.text(), "", Parser.xmlParser()) : Jsoup.parse(source.text());
        document.select("script, style, noscript, template, head > meta").remove();
        Element root = xml ? document : (document.body() == null ? document : document.body());
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new BlockText(text), root);
        return PlainTextExtractor.fromText(text.toString(), source.warnings());
    }

    private static final class BlockText implements NodeVisitor {
        private final StringBuilder out;

        BlockText(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    out.append("\n ");
                }
                if ("page-break".equals(element.className()) || element.hasAttr("data-page-break")) {
                    out.append('\f');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                out.append('\n');
            }
        }
    }
}
