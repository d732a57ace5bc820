package io.verbatim.ingest.harvest;

import io.verbatim.contracts.SourceMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the UN Digital Library says about one record, read from MARCXML (or, with less in it, Dublin Core).
 * Any field may be null where the record does not give it.
 *
 * @param recid    MARC 001, the number in {@code /record/<recid>} and {@code oai:digitallibrary.un.org:<recid>}
 * @param modified MARC 005, the last cataloguing change, in the library's local time
 * @param symbol   MARC 191 $a (791 $a for voting records), whitespace normalised
 * @param date     the meeting or action date (992 $a), else the document date (269 $a) when it is a full date
 * @param body     the organ, MARC 981 $a
 * @param deleted  MARC 980 $a or $c is DELETED
 * @param files    one PDF per language, in record order
 */
public record UnRecord(String recid, LocalDateTime modified, String symbol, String title, LocalDate date, String body,
                       RecordType recordType, List<AgendaEntry> agenda, List<RelatedDocument> relatedDocuments, boolean deleted,
                       List<LanguageFile> files) {

    public UnRecord {
        agenda = List.copyOf(agenda);
        relatedDocuments = List.copyOf(relatedDocuments);
        files = List.copyOf(files);
    }

    /** The hint the parser gets with this language's file, published (OAI datestamp) at {@code published}. */
    public SourceMetadata sourceMetadata(LanguageFile file, Instant published) {
        return new SourceMetadata(symbol, file.language(), body, title, date, agendaItems(), published);
    }

    /** Agenda titles ($c) once each; the subjects ($d) only when no 991 gives a title. */
    public List<String> agendaItems() {
        List<String> titles = agenda.stream().map(AgendaEntry::title).filter(t -> t != null).distinct().toList();
        return titles.isEmpty() ? agenda.stream().map(AgendaEntry::subject).filter(s -> s != null).distinct().toList() : titles;
    }

    /** The file in this ISO 639-1 language, if the record has one. */
    public Optional<LanguageFile> file(String language) {
        return files.stream().filter(f -> f.language().equals(language)).findFirst();
    }
}
