package io.verbatim.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the archive says about a record (from OAI-PMH MARCXML, a feed item, a symbol watcher): the parser
 * takes it as a hint, filling what the text lacks and warning where the two disagree. Any field may be null.
 *
 * @param symbol      the document symbol, whitespace normalised (MARC 191 $a)
 * @param language    ISO 639-1 language of this file
 * @param body        the organ, in English (MARC 981)
 * @param title       the record's title (MARC 245)
 * @param date        the meeting date (MARC 992 $a)
 * @param agendaItems agenda items as the archive lists them (MARC 991)
 * @param published   when the archive published the record or last changed it (the OAI datestamp, a feed item's
 *                    date): where freshness is measured from
 */
public record SourceMetadata(String symbol, String language, String body, String title, LocalDate date, List<String> agendaItems,
        Instant published) {

    public SourceMetadata {
        agendaItems = agendaItems == null ? List.of() : List.copyOf(agendaItems);
    }

    /** Metadata of a source that does not say when it published the record. */
    public SourceMetadata(String symbol, String language, String body, String title, LocalDate date, List<String> agendaItems) {
        this(symbol, language, body, title, date, agendaItems, null);
    }
}
