package io.verbatim.simulator.feed;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.oai.MarcXmlWriter;
import io.verbatim.simulator.xml.XmlOut;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The Atom feed of the newest records, with a link to each edition's file. */
public final class AtomFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final Archive archive;
    private final RecordFiles files;
    private final MarcXmlWriter marc;

    public AtomFeedWriter(Archive archive, RecordFiles files) {
        this.archive = archive;
        this.files = files;
        this.marc = new MarcXmlWriter(files);
    }

    public byte[] write(String baseUrl, int size) {
        List<ArchivedRecord> entries = FeedEntries.newest(archive, size);
        XmlOut xml = new XmlOut().start("feed").defaultNamespace(ATOM)
                .element("id", baseUrl + "/atom")
                .element("title", "Verbatim archive simulator: new meeting records")
                .element("updated", (entries.isEmpty() ? archive.earliestDatestamp() : entries.get(0).datestamp()).truncatedTo(ChronoUnit.SECONDS).toString());
        xml.start("link").attribute("rel", "self").attribute("href", baseUrl + "/atom").end();
        for (ArchivedRecord record : entries) {
            xml.start("entry")
                    .element("id", baseUrl + "/record/" + record.recid())
                    .element("title", record.symbol() + " — " + marc.title(record.plan()))
                    .element("updated", record.datestamp().toString())
                    .element("summary", record.plan().agendaItem().title());
            xml.start("link").attribute("rel", "alternate").attribute("href", baseUrl + "/record/" + record.recid()).end();
            for (Language language : files.languages()) {
                xml.start("link").attribute("rel", "enclosure").attribute("hreflang", language.code())
                        .attribute("type", files.preferredFormat(language).mediaType())
                        .attribute("href", files.url(baseUrl, record, language)).end();
            }
            xml.end();
        }
        return xml.end().finish();
    }
}
