package io.verbatim.simulator.http;

import io.verbatim.simulator.archive.Archive;
import io.verbatim.simulator.archive.ArchivedRecord;
import io.verbatim.simulator.archive.FileFormat;
import io.verbatim.simulator.archive.RecordFile;
import io.verbatim.simulator.archive.RecordFiles;
import io.verbatim.simulator.meeting.Language;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves a record's files by their Digital Library address ({@code /record/<recid>/files/S_PV.9001-EN.pdf})
 * and by symbol and language in the manner of the Official Document System ({@code /ods?symbol=S/PV.9001&lang=en}),
 * with ETag and Last-Modified, answering a conditional GET with 304 when the client's copy is current.
 */
final class FileEndpoint {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Archive archive;
    private final RecordFiles files;
    private final FaultInjector faults;

    FileEndpoint(Archive archive, RecordFiles files, FaultInjector faults) {
        this.archive = archive;
        this.files = files;
        this.faults = faults;
    }

    SimulatorResponse byUrl(SimulatorRequest request, long recid, String fileName) {
        Optional<ArchivedRecord> record = archive.find(recid);
        if (record.isEmpty()) {
            return SimulatorResponse.text(404, "no record " + recid + "\n");
        }
        return files.parseFileName(record.get().symbol(), fileName)
                .map(file -> serve(request, record.get(), file.getKey(), file.getValue()))
                .orElseGet(() -> SimulatorResponse.text(404, "record " + recid + " (" + record.get().symbol() + ") has no file " + fileName + "\n"));
    }

    SimulatorResponse bySymbol(SimulatorRequest request) {
        Optional<String> symbol = request.argument("symbol");
        if (symbol.isEmpty()) {
            return SimulatorResponse.text(400, "give the document symbol: /ods?symbol=S/PV.9001&lang=en\n");
        }
        Optional<Language> language = Arrays.stream(Language.values())
                .filter(l -> l.code().equalsIgnoreCase(request.argument("lang").orElse("en"))).findFirst();
        if (language.isEmpty()) {
            return SimulatorResponse.text(400, "lang must be one of ar, zh, en, fr, ru, es\n");
        }
        Optional<ArchivedRecord> record = archive.findBySymbol(symbol.get());
        if (record.isEmpty()) {
            return SimulatorResponse.text(404, symbol.get() + " is not published\n");
        }
        Optional<FileFormat> format = request.argument("format").isPresent()
                ? FileFormat.fromExtension(request.argument("format").get())
                : Optional.of(files.preferredFormat(language.get()));
        return format.map(f -> serve(request, record.get(), language.get(), f))
                .orElseGet(() -> SimulatorResponse.text(400, "format must be pdf or txt\n"));
    }

    private SimulatorResponse serve(SimulatorRequest request, ArchivedRecord record, Language language, FileFormat format) {
        Optional<Integer> gone = faults.goneStatus(record.recid(), language);
        if (gone.isPresent()) {
            return SimulatorResponse.text(gone.get(), "the " + language.code() + " file of " + record.symbol() + " is gone\n");
        }
        if (record.deleted()) {
            return SimulatorResponse.text(410, record.symbol() + " (record " + record.recid() + ") was deleted\n");
        }
        Optional<RecordFile> found = files.file(record, language, format);
        if (found.isEmpty()) {
            return SimulatorResponse.text(404, "no " + format.extension() + " file of " + record.symbol() + " in " + language.code() + "\n");
        }
        RecordFile file = found.get();
        Map<String, List<String>> headers = Map.of(
                "ETag", List.of(file.etag()),
                "Last-Modified", List.of(httpDate(file.lastModified())),
                "Content-Type", List.of(file.mediaType()),
                "Content-Disposition", List.of("inline; filename=\"" + file.name() + "\""));
        if (isCurrent(request, file)) {
            return new SimulatorResponse(304, headers, new byte[0], false);
        }
        return new SimulatorResponse(200, headers, file.content(), false);
    }

    /** If-None-Match decides when present (RFC 9110 13.1.3); If-Modified-Since only without it. */
    private static boolean isCurrent(SimulatorRequest request, RecordFile file) {
        Optional<String> noneMatch = request.header("If-None-Match");
        if (noneMatch.isPresent()) {
            return Arrays.stream(noneMatch.get().split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(file.etag()) || tag.equals("W/" + file.etag()));
        }
        Optional<String> modifiedSince = request.header("If-Modified-Since");
        if (modifiedSince.isPresent()) {
            try {
                Instant since = ZonedDateTime.parse(modifiedSince.get(), HTTP_DATE).toInstant();
                return !file.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
