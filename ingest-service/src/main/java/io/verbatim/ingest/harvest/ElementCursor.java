package io.verbatim.ingest.harvest;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a document element by element, so the readers say which children they want and skip the rest.
 * Elements are matched by local name: the UN Digital Library's MARCXML sometimes comes without its
 * namespace, and with a prefix in others, so only the OAI-PMH envelope checks its namespace.
 * Stream errors become {@link MalformedResponseException}s naming the document.
 */
final class ElementCursor {

    private final XMLStreamReader reader;
    private final String what;

    ElementCursor(XMLStreamReader reader, String what) {
        this.reader = reader;
        this.what = what;
    }

    static ElementCursor openRoot(byte[] document, String what) {
        return new ElementCursor(SafeXml.openRoot(document, what), what);
    }

    String what() {
        return what;
    }

    XMLStreamReader stream() {
        return reader;
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** The attribute without a namespace, or null. */
    String attribute(String name) {
        return reader.getAttributeValue(null, name);
    }

    /**
     * From a start element or a child's end, moves to the next child element; false (on the parent's end
     * element) when there is none.
     */
    boolean nextChild() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
            throw new MalformedResponseException(what + " ends inside an element");
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(what, e);
        }
    }

    /** The current element's text, trimmed; leaves the cursor on its end element. */
    String text() {
        StringBuilder text = new StringBuilder();
        try {
            int depth = 1;
            while (depth > 0) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(reader.getText());
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(what, e);
        }
        return text.toString().strip();
    }

    /** Skips the current element and everything in it; leaves the cursor on its end element. */
    void skip() {
        text();
    }

    void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(what, e);
        }
    }
}
