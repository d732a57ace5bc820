package io.verbatim.simulator.meeting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one edition of a planned meeting in the layout of a New York verbatim record as a PDF extractor
 * returns it: masthead with the symbol, organ, title, date line, the President's line with dot leaders,
 * the opening line, turns whose first line is indented and whose label leads the paragraph, the closing
 * line; pages end with the job number (with the edition's letter and bar code on the cover, with
 * {@code 3/12} later) and later pages begin with the symbol and the date.
 */
public final class MeetingTextWriter {

    private static final int WIDTH = 80;
    /** Chinese lines hold about half as many characters, each twice as wide. */
    private static final int CHINESE_WIDTH = 38;
    private static final int LINES_PER_PAGE = 46;
    private static final int CHINESE_LINES_PER_PAGE = 30;
    private static final String INDENT = "  ";
    private static final DateTimeFormatter HEADER_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Edition edition;
    private final boolean chinese;

    public MeetingTextWriter(Edition edition) {
        this.edition = edition;
        this.chinese = edition.language() == Language.ZH;
    }

    public MeetingText write(MeetingPlan plan) {
        List<String> body = new ArrayList<>(cover(plan));
        SplittableRandom phrases = new SplittableRandom(plan.phraseSeed());
        List<PlannedTurn> turns = plan.turns();
        for (int i = 0; i < turns.size(); i++) {
            PlannedTurn turn = turns.get(i);
            if (turn.chair()) {
                body.addAll(paragraph(edition.chairLabel(turn.speaker()), chairWords(plan, i, phrases)));
            } else {
                body.addAll(speech(turn.speaker(), i, phrases));
            }
        }
        body.add(edition.rose(plan.rose()));
        return new MeetingText(paginate(plan, body));
    }

    private List<String> cover(MeetingPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(spread(edition.masthead(), plan.symbol()));
        lines.add(spread(edition.bodyName(plan.series()), edition.status()));
        lines.add(edition.title(plan.series(), plan.meetingNumber()));
        lines.add(edition.dateLine(plan.date(), plan.scheduled(), plan.series().place()));
        String place = edition.placeLine(plan.series().place());
        if (!place.isEmpty()) {
            lines.add(place);
        }
        lines.add("");
        Delegate president = plan.president();
        String head = edition.presidentCaption() + "   " + edition.delegateHead(president) + " ";
        String country = " (" + president.countryName(edition.language()) + ")";
        lines.add(head + ". ".repeat(Math.max(3, (WIDTH - head.length() - country.length()) / 2)).stripTrailing() + country);
        lines.add("");
        lines.add(edition.opened(plan.calledToOrder()));
        lines.add("");
        return lines;
    }

    private String chairWords(MeetingPlan plan, int index, SplittableRandom phrases) {
        List<PlannedTurn> turns = plan.turns();
        List<String> sentences = new ArrayList<>();
        if (index == 0) {
            List<String> opening = edition.phrases("chair.open");
            sentences.add(opening.get(phrases.nextInt(opening.size())));
        } else {
            sentences.add(edition.thank(turns.get(index - 1).speaker()));
        }
        sentences.add(index + 1 < turns.size() ? edition.floor(turns.get(index + 1).speaker()) : edition.close());
        return String.join(chinese ? "" : " ", sentences);
    }

    private List<String> speech(Delegate speaker, int index, SplittableRandom phrases) {
        List<String> bank = edition.phrases("speech");
        List<String> lines = new ArrayList<>();
        int paragraphs = phrases.nextInt(1, 4);
        for (int p = 0; p < paragraphs; p++) {
            List<String> sentences = new ArrayList<>();
            int count = phrases.nextInt(2, 5);
            for (int s = 0; s < count; s++) {
                sentences.add(bank.get(phrases.nextInt(bank.size())));
            }
            String label = p == 0 ? edition.delegateLabel(speaker, index % 4 == 1) : null;
            lines.addAll(paragraph(label, String.join(chinese ? "" : " ", sentences)));
        }
        return lines;
    }

    /** A paragraph indented on its first line; the label is kept whole on that line. */
    private List<String> paragraph(String label, String text) {
        List<String> tokens = new ArrayList<>();
        if (label != null) {
            tokens.add(label);
        }
        if (chinese) {
            text.codePoints().forEach(c -> tokens.add(Character.toString(c)));
        } else {
            tokens.addAll(List.of(text.split(" ")));
        }
        String gap = chinese ? "" : " ";
        int width = chinese ? CHINESE_WIDTH : WIDTH;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(INDENT);
        boolean empty = true;
        for (String token : tokens) {
            if (!empty && line.length() + gap.length() + token.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder();
                empty = true;
            }
            line.append(empty ? "" : gap).append(token);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }

    private List<List<String>> paginate(MeetingPlan plan, List<String> body) {
        // Two pages at least: the parser, like a reader, takes the symbol from the running headers.
        int pageLength = Math.min(chinese ? CHINESE_LINES_PER_PAGE : LINES_PER_PAGE, (body.size() + 1) / 2);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < body.size(); from += pageLength) {
            chunks.add(body.subList(from, Math.min(body.size(), from + pageLength)));
        }
        String header = spread(plan.symbol(), HEADER_DATE.format(plan.date()));
        List<List<String>> pages = new ArrayList<>();
        for (int p = 0; p < chunks.size(); p++) {
            List<String> page = new ArrayList<>();
            if (p > 0) {
                page.add(header);
                page.add("");
            }
            page.addAll(chunks.get(p));
            page.add("");
            page.add(p == 0
                    ? spread(plan.jobNumber() + " (" + edition.language().jobLetter() + ")", "*" + plan.jobNumber().replace("-", "") + "*")
                    : spread(plan.jobNumber(), (p + 1) + "/" + chunks.size()));
            pages.add(page);
        }
        return pages;
    }

    private static String spread(String left, String right) {
        return left + " ".repeat(Math.max(4, WIDTH - left.length() - right.length())) + right;
    }
}
