package io.verbatim.contracts.record;

/**
 * @param item      the item's number or label as printed, e.g. {@code 88}
 * @param title     the item's title, or null
 * @param continued whether the heading says "(continued)"
 */
public record AgendaItem(String item, String title, boolean continued) {
}
