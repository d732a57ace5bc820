package io.verbatim.ingest.harvest;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Copies the element under the cursor, with everything in it, into a standalone XML string. The writer
 * repairs namespaces, so a prefix declared on the OAI-PMH envelope (not on the record) is declared again
 * on the copy and the copy can be read on its own.
 */
final class XmlSubtreeWriter {

    private static final XMLOutputFactory OUTPUT = newOutputFactory();

    private XmlSubtreeWriter() {
    }

    /** From a start element to its end element; the cursor is left on the end element. */
    static String copy(ElementCursor cursor) {
        XMLStreamReader in = cursor.stream();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = OUTPUT.createXMLStreamWriter(out);
            int depth = 0;
            do {
                switch (in.getEventType()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        writeStart(in, writer);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        writer.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> writer.writeCharacters(in.getText());
                    default -> { }
                }
            } while (depth > 0 && in.hasNext() && in.next() > 0);
            writer.flush();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(cursor.what(), e);
        }
        return out.toString();
    }

    private static void writeStart(XMLStreamReader in, XMLStreamWriter writer) throws XMLStreamException {
        writer.writeStartElement(nonNull(in.getPrefix()), in.getLocalName(), nonNull(in.getNamespaceURI()));
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            writer.writeNamespace(nonNull(in.getNamespacePrefix(i)), in.getNamespaceURI(i));
        }
        for (int i = 0; i < in.getAttributeCount(); i++) {
            writer.writeAttribute(nonNull(in.getAttributePrefix(i)), nonNull(in.getAttributeNamespace(i)),
                    in.getAttributeLocalName(i), in.getAttributeValue(i));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static XMLOutputFactory newOutputFactory() {
        XMLOutputFactory factory = XMLOutputFactory.newFactory();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return factory;
    }
}
