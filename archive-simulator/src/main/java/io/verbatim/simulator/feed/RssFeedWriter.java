package io.verbatim.simulator.feed;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.RecordFile;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.oai.MarcXmlWriter;
import io.verbatim.simulator.xml.XmlOut;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The RSS 2.0 feed of the newest records; each item encloses the English file (or the first edition served). */
public final class RssFeedWriter {

    private final Archive archive;
    private final RecordFiles files;
    private final MarcXmlWriter marc;

    public RssFeedWriter(Archive archive, RecordFiles files) {
        this.archive = archive;
        this.files = files;
        this.marc = new MarcXmlWriter(files);
    }

    public byte[] write(String baseUrl, int size) {
        List<ArchivedRecord> entries = FeedEntries.newest(archive, size);
        XmlOut xml = new XmlOut().start("rss").attribute("version", "2.0").start("channel")
                .element("title", "Verbatim archive simulator: new meeting records")
                .element("link", baseUrl + "/")
                .element("description", "The newest synthetic meeting records of the archive");
        if (!entries.isEmpty()) {
            xml.element("lastBuildDate", rfc1123(entries.get(0)));
        }
        Language enclosed = files.languages().contains(Language.EN) ? Language.EN : files.languages().get(0);
        for (ArchivedRecord record : entries) {
            String link = baseUrl + "/record/" + record.recid();
            RecordFile file = files.file(record, enclosed, files.preferredFormat(enclosed)).orElseThrow();
            xml.start("item")
                    .element("title", record.symbol() + " — " + marc.title(record.plan()))
                    .element("link", link)
                    .start("guid").attribute("isPermaLink", "true").text(link).end()
                    .element("pubDate", rfc1123(record))
                    .element("description", record.plan().agendaItem().title())
                    .start("enclosure").attribute("url", files.url(baseUrl, record, enclosed))
                    .attribute("length", Integer.toString(file.content().length)).attribute("type", file.mediaType()).end()
                    .end();
        }
        return xml.end().end().finish();
    }

    private static String rfc1123(ArchivedRecord record) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(record.datestamp().atOffset(ZoneOffset.UTC));
    }
}
