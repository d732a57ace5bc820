package io.verbatim.parser.structure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The English name of the organ that met, from the document symbol or from its name in any edition. */
public final class BodyNames {

    private static final Map<String, String> BY_SYMBOL_PREFIX = new LinkedHashMap<>();
    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();

    static {
        BY_SYMBOL_PREFIX.put("CD/", "Conference on Disarmament");
        BY_SYMBOL_PREFIX.put("A/HRC/", "Human Rights Council");
        BY_SYMBOL_PREFIX.put("A/", "General Assembly");
        BY_SYMBOL_PREFIX.put("S/", "Security Council");
        BY_SYMBOL_PREFIX.put("E/", "Economic and Social Council");
        BY_SYMBOL_PREFIX.put("T/", "Trusteeship Council");
        BY_SYMBOL_PREFIX.put("DC/", "Disarmament Commission");

        names("Conference on Disarmament", "Conference on Disarmament", "Conférence du désarmement", "Conferencia de Desarme",
                "Конференция по разоружению", "裁军谈判会议", "مؤتمر نزع السلاح");
        names("Security Council", "Security Council", "Conseil de sécurité", "Consejo de Seguridad", "Совет Безопасности",
                "安全理事会", "مجلس الأمن");
        names("Human Rights Council", "Human Rights Council", "Conseil des droits de l'homme", "Consejo de Derechos Humanos",
                "Совет по правам человека", "人权理事会", "مجلس حقوق الإنسان");
        names("Economic and Social Council", "Economic and Social Council", "Conseil économique et social",
                "Consejo Económico y Social", "Экономический и Социальный Совет", "经济及社会理事会", "المجلس الاقتصادي والاجتماعي");
        names("General Assembly", "General Assembly", "Assemblée générale", "Asamblea General", "Генеральная Ассамблея",
                "联合国大会", "大会", "الجمعية العامة");
    }

    private BodyNames() {
    }

    private static void names(String english, String... printed) {
        for (String name : printed) {
            BY_NAME.put(name.toLowerCase(java.util.Locale.ROOT), english);
        }
    }

    public static Optional<String> fromSymbol(String symbol) {
        if (symbol == null) {
            return Optional.empty();
        }
        return BY_SYMBOL_PREFIX.entrySet().stream().filter(e -> symbol.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** The organ named in a masthead line, when the whole line is its name. */
    public static Optional<String> fromLine(String line) {
        return Optional.ofNullable(BY_NAME.get(line.strip().toLowerCase(java.util.Locale.ROOT)));
    }
}
