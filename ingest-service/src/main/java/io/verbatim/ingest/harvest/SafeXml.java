package io.verbatim.ingest.harvest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens XML from the network without trusting it. DTDs and external entities are off, so an XXE document
 * cannot make us read a local file or call a URL, and an entity bomb has nothing to expand. No OAI-PMH,
 * MARCXML, RSS or Atom document needs a DTD, so one that declares a DOCTYPE is refused outright rather
 * than read with its entities left undeclared.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    /** A factory with DTD support and external entities off; the only way this package reads XML. */
    public static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    public static XMLStreamReader openRoot(byte[] document, String what) {
        return openRoot(new ByteArrayInputStream(document), what);
    }

    /**
     * Opens a document and moves to its root element. Without an encoding declaration the bytes are read as
     * UTF-8, which is what the UN Digital Library sends even when its Content-Type carries no charset.
     *
     * @param what names the document in error messages, e.g. {@code "ListRecords response"}
     */
    public static XMLStreamReader openRoot(InputStream document, String what) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(document);
            while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                if (reader.getEventType() == XMLStreamConstants.DTD) {
                    throw new MalformedResponseException(what + " declares a DTD (DOCTYPE); refused, since no harvested format needs one");
                }
                if (!reader.hasNext()) {
                    throw new MalformedResponseException(what + " has no root element");
                }
                reader.next();
            }
            return reader;
        } catch (XMLStreamException e) {
            throw malformed(what, e);
        }
    }

    static MalformedResponseException malformed(String what, XMLStreamException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return new MalformedResponseException(what + " is not well-formed XML" + where + ": " + e.getMessage(), e);
    }
}
