package io.verbatim.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What the tests need of an HTTP client: GET with headers, and the XPath of namespace-aware XML. */
public final class SimulatorClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public SimulatorClient(ArchiveSimulator simulator) {
        this.baseUrl = simulator.baseUrl();
    }

    public HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Document getXml(String pathAndQuery) throws Exception {
        return parse(get(pathAndQuery).body());
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** Prefixes: oai, marc, dc, oai_dc, atom. */
    public static List<String> all(Node node, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath().evaluate(expression, node, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    public static String one(Node node, String expression) throws Exception {
        return xpath().evaluate(expression, node);
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "oai" -> "http://www.openarchives.org/OAI/2.0/";
                    case "marc" -> "http://www.loc.gov/MARC21/slim";
                    case "oai_dc" -> "http://www.openarchives.org/OAI/2.0/oai_dc/";
                    case "dc" -> "http://purl.org/dc/elements/1.1/";
                    case "atom" -> "http://www.w3.org/2005/Atom";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath;
    }
}
