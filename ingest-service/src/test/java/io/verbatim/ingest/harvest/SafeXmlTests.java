package io.verbatim.ingest.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTests {

    private static final String SECRET = "the-secret-in-a-local-file";

    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <lolz>&lol9;</lolz>
            """;

    @TempDir
    Path dir;

    @Test
    void anXxeDocumentIsRefusedWithoutReadingTheFile() throws Exception {
        byte[] xxe = xxeDocument();

        assertThatThrownBy(() -> ElementCursor.openRoot(xxe, "ListRecords response").text())
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("ListRecords response declares a DTD")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void theFactoryItselfNeverExpandsAnExternalEntity() throws Exception {
        // Proves the factory settings, not just the DOCTYPE refusal in openRoot: read every event.
        assertThat(readEverythingOrFailure(xxeDocument())).doesNotContain(SECRET);
    }

    @Test
    void aBillionLaughsDocumentIsRefusedFast() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> ElementCursor.openRoot(BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8), "feed").text())
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("DTD");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theFactoryItselfDoesNotExpandTheLaughs() {
        assertThat(readEverythingOrFailure(BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8))).doesNotContain("lollol");
    }

    @Test
    void aDocumentWithoutDeclarationIsReadAsUtf8() {
        byte[] document = "<title>Conseil de sécurité 中文</title>".getBytes(StandardCharsets.UTF_8);

        assertThat(ElementCursor.openRoot(document, "feed").text()).isEqualTo("Conseil de sécurité 中文");
    }

    @Test
    void brokenXmlSaysWhatAndWhere() {
        byte[] broken = "<OAI-PMH>\n<ListRecords>\n</OAI-PMH>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ElementCursor.openRoot(broken, "ListRecords response").text())
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("ListRecords response is not well-formed XML at line 3");
    }

    private byte[] xxeDocument() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        return ("""
                <?xml version="1.0"?>
                <!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM "%s">]>
                <OAI-PMH><error code="badArgument">&xxe;</error></OAI-PMH>
                """.formatted(secret.toUri())).getBytes(StandardCharsets.UTF_8);
    }

    /** All text the factory reports, or the failure's message when it stops. */
    private static String readEverythingOrFailure(byte[] document) {
        StringBuilder seen = new StringBuilder();
        try {
            XMLStreamReader reader = SafeXml.newFactory().createXMLStreamReader(new ByteArrayInputStream(document));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    seen.append(reader.getText());
                }
            }
        } catch (XMLStreamException e) {
            seen.append("failed: ").append(e.getMessage());
        }
        return seen.toString();
    }
}
