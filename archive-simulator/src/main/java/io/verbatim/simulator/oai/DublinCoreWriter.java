package io.verbatim.simulator.oai;

import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.xml.XmlOut;

/** Writes a record as unqualified Dublin Core ({@code oai_dc}), the format every OAI repository must offer. */
final class DublinCoreWriter {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";

    private final RecordFiles files;
    private final MarcXmlWriter marc;

    DublinCoreWriter(RecordFiles files, MarcXmlWriter marc) {
        this.files = files;
        this.marc = marc;
    }

    void write(XmlOut xml, ArchivedRecord record, String baseUrl) {
        xml.start("oai_dc", "dc", OAI_DC).namespace("oai_dc", OAI_DC).namespace("dc", DC)
                .namespace("xsi", OaiPmhResponder.XSI)
                .attribute("xsi", OaiPmhResponder.XSI, "schemaLocation", OAI_DC + " " + SCHEMA);
        dc(xml, "title", marc.title(record.plan()));
        dc(xml, "creator", "UN. " + record.plan().series().englishName());
        dc(xml, "subject", record.plan().agendaItem().subject());
        dc(xml, "description", record.plan().agendaItem().title());
        dc(xml, "publisher", "UN");
        dc(xml, "date", record.plan().date().toString());
        dc(xml, "type", "Meeting record");
        dc(xml, "identifier", record.symbol());
        dc(xml, "identifier", baseUrl + "/record/" + record.recid());
        for (Language language : files.languages()) {
            dc(xml, "language", language.code());
        }
        xml.end();
    }

    private static void dc(XmlOut xml, String element, String value) {
        xml.element("dc", element, DC, value);
    }
}
