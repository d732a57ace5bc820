package io.verbatim.ingest.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a host's robots.txt asks of us: the {@code Crawl-delay} and {@code Disallow} prefixes of the group for
 * our user agent, else of {@code *}. Lines we do not understand are ignored, as the convention says.
 */
record RobotsRules(Optional<Duration> crawlDelay, List<String> disallowed) {

    static final RobotsRules NONE = new RobotsRules(Optional.empty(), List.of());

    boolean allows(String path) {
        return disallowed.stream().noneMatch(path::startsWith);
    }

    static RobotsRules parse(String robotsTxt, String userAgent) {
        String agentToken = userAgent.split("[/ ]")[0].toLowerCase(Locale.ROOT);
        Group ours = null;
        Group any = null;
        Group current = null;
        boolean readingAgents = false;
        for (String raw : robotsTxt.split("\r?\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!readingAgents) {
                    current = new Group();
                }
                readingAgents = true;
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*") && any == null) {
                    any = current;
                } else if (!agent.isEmpty() && agentToken.startsWith(agent) && ours == null) {
                    ours = current;
                }
                continue;
            }
            readingAgents = false;
            if (current == null) {
                continue;
            }
            switch (field) {
                case "crawl-delay" -> current.crawlDelay = seconds(value);
                case "disallow" -> {
                    if (!value.isEmpty()) {
                        current.disallowed.add(value);
                    }
                }
                default -> { }
            }
        }
        Group chosen = ours != null ? ours : any;
        return chosen == null ? NONE : new RobotsRules(Optional.ofNullable(chosen.crawlDelay), List.copyOf(chosen.disallowed));
    }

    private static Duration seconds(String value) {
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Group {
        Duration crawlDelay;
        final List<String> disallowed = new ArrayList<>();
    }
}
