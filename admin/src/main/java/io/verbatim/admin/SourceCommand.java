package io.verbatim.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "source", description = "Defines, lists and steers the harvest sources of ingest-service.",
        subcommands = {SourceCommand.Add.class, SourceCommand.ListSources.class, SourceCommand.Show.class, SourceCommand.Pause.class,
                SourceCommand.Resume.class, SourceCommand.Harvest.class, SourceCommand.Remove.class})
final class SourceCommand {

    /** Runs one API call and prints its error, not a stack trace, when it fails. */
    abstract static class ApiCall implements Callable<Integer> {
        @Mixin
        IngestApi api;

        @Override
        public Integer call() {
            try {
                run();
                return 0;
            } catch (IngestApi.ApiException e) {
                System.err.println("verbatim: " + e.getMessage());
                return 1;
            }
        }

        abstract void run() throws IngestApi.ApiException;

        static String path(String id) {
            return "/api/sources/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
        }
    }

    /** A call about one source, named by its id. */
    abstract static class OneSource extends ApiCall {
        @Parameters(index = "0", description = "The source's id.")
        String id;
    }

    @Command(name = "add", description = "Defines a source; it is harvested at once, then every --every.")
    static final class Add extends ApiCall {
        @Parameters(index = "0", description = "The source's id, part of every record id it yields.")
        String id;
        @Option(names = "--type", required = true, description = "oai-pmh, feed, symbols or folder.")
        String type;
        @Option(names = "--every", defaultValue = "5m", description = "Time between harvests: 30s, 5m, 1h (default: ${DEFAULT-VALUE}).")
        String every;
        @Option(names = "--url", description = "oai-pmh: the base URL (…/oai2d); feed: the feed's URL.")
        String url;
        @Option(names = "--metadata-prefix", description = "oai-pmh: marcxml (default) or oai_dc.")
        String metadataPrefix;
        @Option(names = "--set", description = "oai-pmh: harvest only this set.")
        String set;
        @Option(names = "--from", description = "oai-pmh: the first harvest starts at this date (YYYY-MM-DD).")
        String from;
        @Option(names = "--url-template", description = "symbols: a URL with {symbol} and {lang}.")
        String urlTemplate;
        @Option(names = "--pattern", description = "symbols: the symbol with {n} for the number, e.g. S/PV.{n}.")
        String pattern;
        @Option(names = "--start", description = "symbols: the first number to look for.")
        String start;
        @Option(names = "--languages", description = "Languages to take, e.g. en,fr (default: all six).")
        String languages;
        @Option(names = "--path", description = "folder: the folder to scan.")
        String folder;
        @Option(names = "--recursive", description = "folder: scan its subfolders too.")
        boolean recursive;
        @Option(names = "--delay", description = "Least time between two requests to the host (default: its robots.txt Crawl-delay, else 1s).")
        String delay;
        @Option(names = "--setting", description = "Any other setting, KEY=VALUE (repeatable): robots=false, max-in-flight=1, attempts=5.")
        Map<String, String> extra = new LinkedHashMap<>();
        @Option(names = "--paused", description = "Define it paused; harvest only after source resume.")
        boolean paused;

        @Override
        void run() throws IngestApi.ApiException {
            Map<String, String> settings = new LinkedHashMap<>();
            putIfGiven(settings, "url", url);
            putIfGiven(settings, "metadata-prefix", metadataPrefix);
            putIfGiven(settings, "set", set);
            putIfGiven(settings, "from", from);
            putIfGiven(settings, "url-template", urlTemplate);
            putIfGiven(settings, "pattern", pattern);
            putIfGiven(settings, "start", start);
            putIfGiven(settings, "languages", languages);
            putIfGiven(settings, "path", folder);
            putIfGiven(settings, "delay", delay);
            if (recursive) {
                settings.put("recursive", "true");
            }
            settings.putAll(extra);
            Map<String, Object> definition = new LinkedHashMap<>();
            definition.put("id", id);
            definition.put("type", type);
            try {
                definition.put("every", java.time.Duration.parse(isoDuration(every)).toString());
            } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
                throw new IngestApi.ApiException("--every must be a duration such as 30s, 5m or 1h, not '" + every + "'");
            }
            definition.put("settings", settings);
            definition.put("paused", paused);
            SourceTable.printDetails(api.post("/api/sources", definition));
        }

        private static void putIfGiven(Map<String, String> settings, String key, String value) {
            if (value != null && !value.isBlank()) {
                settings.put(key, value);
            }
        }

        /** {@code 5m} as {@code PT5M}; an ISO duration as it is. */
        static String isoDuration(String text) {
            String t = text.strip().toUpperCase(java.util.Locale.ROOT);
            if (t.startsWith("P")) {
                return t;
            }
            if (t.endsWith("MS")) {
                return "PT" + (Double.parseDouble(t.substring(0, t.length() - 2)) / 1000) + "S";
            }
            return t.endsWith("D") ? "P" + t : "PT" + t;
        }
    }

    @Command(name = "list", description = "One row per source: state, last harvest, records seen and published, errors, next run.")
    static final class ListSources extends ApiCall {
        @Override
        void run() throws IngestApi.ApiException {
            SourceTable.printRows(api.get("/api/sources"));
        }
    }

    @Command(name = "show", description = "Everything about one source: settings, checkpoint, last error.")
    static final class Show extends OneSource {
        @Override
        void run() throws IngestApi.ApiException {
            SourceTable.printDetails(api.get(path(id)));
        }
    }

    @Command(name = "pause", description = "Stops harvesting the source (at its checkpoint) until resumed.")
    static final class Pause extends OneSource {
        @Override
        void run() throws IngestApi.ApiException {
            SourceTable.printDetails(api.post(path(id) + "/pause", null));
        }
    }

    @Command(name = "resume", description = "Harvests a paused source again.")
    static final class Resume extends OneSource {
        @Override
        void run() throws IngestApi.ApiException {
            SourceTable.printDetails(api.post(path(id) + "/resume", null));
        }
    }

    @Command(name = "harvest", description = "Harvests the source now, whatever its schedule.")
    static final class Harvest extends OneSource {
        @Override
        void run() throws IngestApi.ApiException {
            JsonNode status = api.post(path(id) + "/harvest", null);
            System.out.println("harvest of " + status.path("id").asText() + " requested; ./verbatim source show " + id + " follows it");
        }
    }

    @Command(name = "remove", description = "Removes the source and its checkpoint; what it harvested stays searchable.")
    static final class Remove extends OneSource {
        @Override
        void run() throws IngestApi.ApiException {
            api.delete(path(id));
            System.out.println("removed source " + id);
        }
    }
}
