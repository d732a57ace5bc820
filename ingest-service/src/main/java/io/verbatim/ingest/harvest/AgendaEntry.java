package io.verbatim.ingest.harvest;

import java.util.List;

/**
 * One MARC 991 field. The Security Council writes the item's subject in one 991 ($d, e.g. WOMEN IN ARMED
 * CONFLICTS) and its title in another ($c, under {@code S/ $bX}); the General Assembly writes both in one,
 * with the item number in $b.
 *
 * @param notes $e, such as the outcome ("draft resolution S/2011/341 was adopted unanimously") or who took part
 */
public record AgendaEntry(String itemNumber, String title, String subject, List<String> notes) {

    public AgendaEntry {
        notes = List.copyOf(notes);
    }
}
