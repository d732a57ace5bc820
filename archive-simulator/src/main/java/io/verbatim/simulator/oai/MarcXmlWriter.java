package io.verbatim.simulator.oai;

import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.Edition;
import io.verbatim.simulator.meeting.Language;
import io.verbatim.simulator.meeting.MeetingPlan;
import io.verbatim.simulator.meeting.MeetingSeries;
import io.verbatim.simulator.xml.XmlOut;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Writes a record as the Digital Library's MARCXML: the fields a harvester reads (001, 005, 191, 245,
 * 269, 856, 980, 981, 989, 991, 992, 993) filled as the real records fill them, including their
 * irregularities: 856 subfields in varying order and some language labels decomposed (NFD).
 */
public final class MarcXmlWriter {

    public static final String NAMESPACE = "http://www.loc.gov/MARC21/slim";
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'.0'").withZone(ZoneOffset.UTC);
    /** The three orders of 856 subfields seen in real records: y9u (with $s), su y, y su. */
    private static final List<String> SUBFIELD_ORDERS = List.of("y9u", "uy", "yu");

    private final RecordFiles files;
    private final Edition english = Edition.of(Language.EN);

    public MarcXmlWriter(RecordFiles files) {
        this.files = files;
    }

    public void write(XmlOut xml, ArchivedRecord record, String baseUrl, boolean declareNamespace) {
        xml.start("record");
        if (declareNamespace) {
            xml.defaultNamespace(NAMESPACE);
        }
        MeetingPlan plan = record.plan();
        controlfield(xml, "000", "00000nam a2200025#a 4500");
        controlfield(xml, "001", Long.toString(record.recid()));
        controlfield(xml, "005", MODIFIED.format(record.datestamp()));
        if (record.deleted()) {
            datafield(xml, "191", "  ", "a", record.symbol());
            datafield(xml, "980", "  ", "a", "DELETED");
            xml.end();
            return;
        }
        datafield(xml, "029", "  ", "a", "JN", "b", "N" + plan.jobNumber().replace("-", "") + " E");
        datafield(xml, "089", "  ", "b", "B03");
        datafield(xml, "091", "  ", "a", "PRO");
        datafield(xml, "191", "  ", "a", record.symbol(), "b", plan.series().seriesSymbol(), "c", session(plan));
        datafield(xml, "245", "10", "a", titleHead(plan) + " :", "b", titleRest(plan));
        datafield(xml, "269", "  ", "a", plan.series() == MeetingSeries.SECURITY_COUNCIL ? Integer.toString(plan.date().getYear()) : plan.date().toString());
        for (Language language : files.languages()) {
            fileField(xml, record, language, baseUrl);
        }
        datafield(xml, "930", "  ", "a", "UNDOC" + plan.date().getYear() % 100);
        datafield(xml, "980", "  ", "a", "BIB");
        datafield(xml, "981", "  ", "a", plan.series().englishName());
        datafield(xml, "989", "  ", "a", "Documents and Publications", "b", "Meeting Records", "c", "Verbatim Records");
        datafield(xml, "991", agendaIndicator(plan.series()) + " ", "a", plan.series().seriesSymbol() + session(plan),
                "b", plan.agendaItem().number(), "c", plan.agendaItem().title(), "d", plan.agendaItem().subject());
        datafield(xml, "992", "  ", "a", plan.date().toString());
        relatedDocument(xml, plan);
        xml.end();
    }

    /** The record's title as 245 $a and $b give it, punctuation stripped, for feeds and Dublin Core. */
    public String title(MeetingPlan plan) {
        return titleHead(plan) + ": " + titleRest(plan);
    }

    private static String titleHead(MeetingPlan plan) {
        return switch (plan.series()) {
            case SECURITY_COUNCIL -> "Security Council, " + ordinal(plan.date().getYear() - 1945) + " year";
            case GENERAL_ASSEMBLY -> "General Assembly, 80th session";
            case CONFERENCE_ON_DISARMAMENT -> "Conference on Disarmament";
        };
    }

    private String titleRest(MeetingPlan plan) {
        return english.title(plan.series(), plan.meetingNumber()) + ", " + english.date(plan.date()) + ", "
                + english.place(plan.series().place());
    }

    private static String session(MeetingPlan plan) {
        return plan.series() == MeetingSeries.CONFERENCE_ON_DISARMAMENT ? Integer.toString(plan.date().getYear())
                : Integer.toString(plan.series() == MeetingSeries.GENERAL_ASSEMBLY ? 80 : plan.date().getYear() - 1945);
    }

    private static String agendaIndicator(MeetingSeries series) {
        return switch (series) {
            case SECURITY_COUNCIL -> "3";
            case GENERAL_ASSEMBLY -> "1";
            case CONFERENCE_ON_DISARMAMENT -> " ";
        };
    }

    /** Council meetings adopt a resolution now and then; the Assembly considers a report (993 ind1 1 and 3). */
    private static void relatedDocument(XmlOut xml, MeetingPlan plan) {
        int n = plan.meetingNumber();
        switch (plan.series()) {
            case SECURITY_COUNCIL -> {
                if (n % 2 == 0) {
                    datafield(xml, "993", "1 ", "a", "S/RES/" + (2790 + n / 2 - 4500) + " (" + plan.date().getYear() + ")");
                }
            }
            case GENERAL_ASSEMBLY -> datafield(xml, "993", "3 ", "a", "A/80/" + (300 + n));
            case CONFERENCE_ON_DISARMAMENT -> {
            }
        }
    }

    private void fileField(XmlOut xml, ArchivedRecord record, Language language, String baseUrl) {
        String url = files.url(baseUrl, record, language);
        boolean decomposed = record.recid() % 5 == 1 || record.recid() % 5 == 3;
        String label = decomposed ? language.decomposedLabel() : language.label();
        String uuid = UUID.nameUUIDFromBytes((record.recid() + "/" + record.version() + "/" + language.code()).getBytes(StandardCharsets.UTF_8)).toString();
        xml.start("datafield").attribute("tag", "856").attribute("ind1", "4").attribute("ind2", " ");
        for (char code : SUBFIELD_ORDERS.get((int) (record.recid() % SUBFIELD_ORDERS.size())).toCharArray()) {
            subfield(xml, String.valueOf(code), switch (code) {
                case 'y' -> label;
                case '9' -> uuid;
                default -> url;
            });
        }
        xml.end();
    }

    private static String ordinal(int n) {
        String suffix = n % 100 / 10 == 1 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static void controlfield(XmlOut xml, String tag, String value) {
        xml.start("controlfield").attribute("tag", tag).text(value).end();
    }

    /** A datafield with its two indicators ({@code "10"}, {@code "  "}) and subfields given as code, value, code, value… */
    private static void datafield(XmlOut xml, String tag, String indicators, String... subfields) {
        xml.start("datafield").attribute("tag", tag).attribute("ind1", indicators.substring(0, 1)).attribute("ind2", indicators.substring(1, 2));
        for (int i = 0; i < subfields.length; i += 2) {
            subfield(xml, subfields[i], subfields[i + 1]);
        }
        xml.end();
    }

    private static void subfield(XmlOut xml, String code, String value) {
        xml.start("subfield").attribute("code", code).text(value).end();
    }
}
