package io.verbatim.parser.structure;

import io.verbatim.contracts.record.AgendaItem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agenda headings: {@code Agenda item 88 (continued)}, {@code Point 88 de l'ordre du jour (suite)},
 * {@code Tema 88 del programa (continuación)}, {@code Пункт 88 повестки дня (продолжение)},
 * {@code 议程项目 88(续)}, {@code البند 88 من جدول الأعمال (تابع)}. Text after the heading is its title.
 */
public final class AgendaHeadingReader {

    private static final String ITEM = "(\\d+(?:\\s?\\([a-z]\\))?(?:\\s*(?:and|et|y|и|和|و)\\s*\\d+)?)";
    private static final String CONTINUED = "(?:\\s*[(（]\\s*(continued|suite|continuación|продолжение|续|تابع)\\s*[)）])?";
    private static final List<Pattern> HEADINGS = List.of(
            Pattern.compile("(?iu)^agenda items?\\s+" + ITEM + CONTINUED + "\\s*(.*)$"),
            Pattern.compile("(?iu)^points?\\s+" + ITEM + "\\s+de l[’']ordre du jour" + CONTINUED + "\\s*(.*)$"),
            Pattern.compile("(?iu)^temas?\\s+" + ITEM + "\\s+del programa" + CONTINUED + "\\s*(.*)$"),
            Pattern.compile("(?iu)^пункты?\\s+" + ITEM + "\\s+повестки дня" + CONTINUED + "\\s*(.*)$"),
            Pattern.compile("^议程项目\\s*" + ITEM + CONTINUED + "\\s*(.*)$"),
            Pattern.compile("^البند\\s+" + ITEM + "\\s+من جدول الأعمال" + CONTINUED + "\\s*(.*)$"));

    private static final List<LeadingCharacterFilter> FILTERS = HEADINGS.stream().map(LeadingCharacterFilter::new).toList();

    public Optional<AgendaItem> read(String paragraph) {
        String text = ArabicDigits.toAscii(paragraph.strip());
        if (text.length() > 400) {
            return Optional.empty();
        }
        for (int i = 0; i < HEADINGS.size(); i++) {
            if (!FILTERS.get(i).mayMatch(text)) {
                continue;
            }
            Matcher m = HEADINGS.get(i).matcher(text);
            if (m.matches()) {
                String title = m.group(3).isBlank() ? null : m.group(3).strip();
                if (title != null && title.length() > 300) {
                    return Optional.empty();
                }
                return Optional.of(new AgendaItem(m.group(1).replaceAll("\\s+", " "), title, m.group(2) != null));
            }
        }
        return Optional.empty();
    }
}
