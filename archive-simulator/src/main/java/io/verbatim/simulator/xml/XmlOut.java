package io.verbatim.simulator.xml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer that escapes everything it is given and indents elements by two spaces, so the
 * responses read well in a terminal. Element-only content is indented; text is written as is.
 */
public final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private int depth;
    private boolean inText;
    /** An element just opened and still empty closes on its own line, not on the next. */
    private boolean justOpened;

    public XmlOut() {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut start(String name) {
        return run(() -> {
            newLine();
            xml.writeStartElement(name);
            depth++;
            justOpened = true;
        });
    }

    public XmlOut start(String prefix, String name, String namespace) {
        return run(() -> {
            newLine();
            xml.writeStartElement(prefix, name, namespace);
            depth++;
            justOpened = true;
        });
    }

    public XmlOut defaultNamespace(String namespace) {
        return run(() -> xml.writeDefaultNamespace(namespace));
    }

    public XmlOut namespace(String prefix, String namespace) {
        return run(() -> xml.writeNamespace(prefix, namespace));
    }

    public XmlOut attribute(String name, String value) {
        return run(() -> xml.writeAttribute(name, value));
    }

    public XmlOut attribute(String prefix, String namespace, String name, String value) {
        return run(() -> xml.writeAttribute(prefix, namespace, name, value));
    }

    public XmlOut text(String text) {
        return run(() -> {
            xml.writeCharacters(text);
            inText = true;
        });
    }

    public XmlOut end() {
        return run(() -> {
            depth--;
            if (!inText && !justOpened) {
                newLine();
            }
            xml.writeEndElement();
            inText = false;
            justOpened = false;
        });
    }

    /** An element holding only text: {@code <dc:title>…</dc:title>}. */
    public XmlOut element(String name, String text) {
        return start(name).text(text).end();
    }

    public XmlOut element(String prefix, String name, String namespace, String text) {
        return start(prefix, name, namespace).text(text).end();
    }

    public byte[] finish() {
        run(() -> {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        });
        return bytes.toByteArray();
    }

    public String finishAsString() {
        return new String(finish(), StandardCharsets.UTF_8);
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        inText = false;
        justOpened = false;
    }

    private XmlOut run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
