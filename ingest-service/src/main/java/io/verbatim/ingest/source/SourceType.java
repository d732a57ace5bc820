package io.verbatim.ingest.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of source a harvester knows, with the settings each needs. */
public enum SourceType {
    OAI_PMH("oai-pmh", List.of("url")),
    FEED("feed", List.of("url")),
    SYMBOLS("symbols", List.of("url-template", "pattern", "start")),
    FOLDER("folder", List.of("path"));

    private final String protocolName;
    private final List<String> requiredSettings;

    SourceType(String protocolName, List<String> requiredSettings) {
        this.protocolName = protocolName;
        this.requiredSettings = requiredSettings;
    }

    @JsonValue
    public String protocolName() {
        return protocolName;
    }

    public List<String> requiredSettings() {
        return requiredSettings;
    }

    @JsonCreator
    public static SourceType fromName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.protocolName.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidSourceException("unknown source type '" + name + "'; known: "
                        + Arrays.stream(values()).map(SourceType::protocolName).collect(Collectors.joining(", "))));
    }
}
