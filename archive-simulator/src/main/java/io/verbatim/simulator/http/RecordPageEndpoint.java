package io.verbatim.simulator.http;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.oai.MarcXmlWriter;
import io.verbatim.simulator.xml.XmlOut;
import java.util.Optional;

/**
 * A record's own addresses: its page ({@code /record/<recid>}), which the feeds link to, and its MARCXML
 * export ({@code /record/<recid>/export/xm}), a {@code <collection>} as the Digital Library returns it.
 */
final class RecordPageEndpoint {

    private final Archive archive;
    private final RecordFiles files;
    private final MarcXmlWriter marc;

    RecordPageEndpoint(Archive archive, RecordFiles files) {
        this.archive = archive;
        this.files = files;
        this.marc = new MarcXmlWriter(files);
    }

    SimulatorResponse page(SimulatorRequest request, long recid) {
        Optional<ArchivedRecord> found = archive.find(recid);
        if (found.isEmpty()) {
            return SimulatorResponse.text(404, "no record " + recid + "\n");
        }
        ArchivedRecord record = found.get();
        XmlOut html = new XmlOut().start("html").start("body").element("h1", record.symbol())
                .element("p", record.deleted() ? "This record was deleted." : marc.title(record.plan()));
        if (!record.deleted()) {
            html.start("ul");
            for (Language language : files.languages()) {
                html.start("li").start("a").attribute("href", files.url(request.baseUrl(), record, language)).text(language.label()).end().end();
            }
            html.end();
        }
        return SimulatorResponse.html(html.end().end().finishAsString());
    }

    SimulatorResponse marcExport(SimulatorRequest request, long recid) {
        Optional<ArchivedRecord> found = archive.find(recid);
        if (found.isEmpty()) {
            return SimulatorResponse.text(404, "no record " + recid + "\n");
        }
        XmlOut xml = new XmlOut().start("collection").defaultNamespace(MarcXmlWriter.NAMESPACE);
        marc.write(xml, found.get(), request.baseUrl(), false);
        return SimulatorResponse.xml(xml.end().finish(), "application/xml");
    }
}
