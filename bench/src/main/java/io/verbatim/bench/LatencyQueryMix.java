package io.verbatim.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed mix of the latency benchmark, 34 searches as the search page sends them (20 hits, facets, snippets):
 * words, phrases and Chinese runs in the six languages, a click on a facet (language, country, body, role), a date
 * range, the second page of two searches ({@code from=20}), speeches only, and browsing newest first without text.
 */
final class LatencyQueryMix {

    private LatencyQueryMix() {
    }

    static List<LatencyQuery> queries() {
        List<LatencyQuery> mix = new ArrayList<>();
        words(mix, "en words", "children deported to Russia");
        words(mix, "en words", "attacks on energy infrastructure");
        words(mix, "en phrase", "\"just and lasting peace\"");
        words(mix, "en words", "negative security assurances");
        words(mix, "en words", "programme of work");
        words(mix, "fr words", "enfants déportés");
        words(mix, "fr phrase", "\"garanties de sécurité\"");
        words(mix, "fr words", "négociations de paix");
        words(mix, "es words", "garantías negativas de seguridad");
        words(mix, "es phrase", "\"espacio ultraterrestre\"");
        words(mix, "es words", "zona libre de armas nucleares");
        words(mix, "ru words", "негативные гарантии безопасности");
        words(mix, "ru words", "ядерное оружие");
        words(mix, "ru phrase", "\"космическом пространстве\"");
        words(mix, "ar words", "ضمانات الأمن السلبية");
        words(mix, "ar words", "الأسلحة النووية");
        words(mix, "ar phrase", "\"الشرق الأوسط\"");
        words(mix, "zh words", "消极安全保证");
        words(mix, "zh words", "安全理事会");
        words(mix, "zh words", "不首先使用核武器");
        words(mix, "zh words", "日内瓦 议程");
        filtered(mix, "en + language", "ceasefire", Map.of("language", "en"));
        filtered(mix, "fr + language", "crime de guerre", Map.of("language", "fr"));
        filtered(mix, "zh + language", "核武器", Map.of("language", "zh"));
        filtered(mix, "en + country", "nuclear weapons", Map.of("country", "FRA"));
        filtered(mix, "en + body", "Ukraine", Map.of("body", "Security Council"));
        filtered(mix, "en + role", "programme of work", Map.of("role", "president"));
        filtered(mix, "en + dates", "disarmament", Map.of("dateFrom", "2010-01-01", "dateTo", "2015-12-31"));
        filtered(mix, "es + language", "negociación", Map.of("language", "es"));
        page(mix, "en page 2", "nuclear");
        page(mix, "ru page 2", "ядерное оружие");
        typed(mix, "en speeches", "humanitarian situation", "speeches");
        filtered(mix, "browse, language", "", Map.of("language", "ar"));
        filtered(mix, "browse", "", Map.of());
        return List.copyOf(mix);
    }

    private static void words(List<LatencyQuery> mix, String name, String q) {
        mix.add(query(name, q, "all", Map.of(), 0));
    }

    private static void filtered(List<LatencyQuery> mix, String name, String q, Map<String, String> filters) {
        mix.add(query(name, q, "all", filters, 0));
    }

    private static void page(List<LatencyQuery> mix, String name, String q) {
        mix.add(query(name, q, "all", Map.of(), 20));
    }

    private static void typed(List<LatencyQuery> mix, String name, String q, String type) {
        mix.add(query(name, q, type, Map.of(), 0));
    }

    /** In the order of the page's {@code toApiQueryString}: q, type, the filters, from, size. */
    private static LatencyQuery query(String name, String q, String type, Map<String, String> filters, int from) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("type", type);
        params.putAll(new java.util.TreeMap<>(filters));
        params.put("from", String.valueOf(from));
        params.put("size", "20");
        return new LatencyQuery(name + ": " + (q.isEmpty() ? "(no text)" : q), params);
    }
}
