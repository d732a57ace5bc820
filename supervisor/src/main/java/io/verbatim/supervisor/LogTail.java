package io.verbatim.supervisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last lines of a component's log, for error messages that say why it did not start. The services log one JSON
 * object per line: those are shown as time, level, logger and message.
 */
public final class LogTail {

    private static final int LINES = 40;
    private static final Pattern JSON_LINE = Pattern.compile(
            "^\\{\"timestamp\":\"(?<time>[^\"]+)\".*?\"loggerName\":\"(?:[^\"]*\\.)?(?<logger>[^\".]+)\".*?"
                    + "\"level\":\"(?<level>[A-Z]+)\".*?\"message\":\"(?<message>(?:[^\"\\\\]|\\\\.)*)\"");

    private LogTail() {
    }

    public static String of(Path log) {
        if (!Files.isRegularFile(log)) {
            return "(no log at " + log + ")";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LINES), lines.size());
            return "last " + tail.size() + " lines of " + log + ":\n  "
                    + String.join("\n  ", tail.stream().map(LogTail::readable).toList());
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** A JSON log line as {@code time LEVEL Logger: message}; any other line as it is. */
    static String readable(String line) {
        Matcher json = JSON_LINE.matcher(line);
        if (!json.find()) {
            return line;
        }
        String message = json.group("message").replace("\\n", "\n    ").replace("\\t", " ").replace("\\\"", "\"");
        return json.group("time") + " " + json.group("level") + " " + json.group("logger") + ": " + message;
    }
}
