package io.verbatim.parser.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.verbatim.contracts.EventJson;
import io.verbatim.contracts.record.MeetingRecord;
import io.verbatim.parser.MeetingRecordParser;
import io.verbatim.parser.UnparseableDocumentException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ParseCommand FILE [--format json|text]}: prints the record as JSON, or its clean text.
 * Exit codes: 0 parsed, 2 the file cannot be parsed (reason on stderr), 64 usage error.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Reads a UN meeting record (PDF, text, HTML) and prints its structure as JSON or its clean text.")
public final class ParseCommand implements Callable<Integer> {

    static final int UNPARSEABLE = 2;
    static final int USAGE = 64;

    enum Format { json, text }

    @Parameters(index = "0", paramLabel = "FILE", description = "the record to parse")
    private Path file;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text")
    private Format format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Runs the command with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new ParseCommand())
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("cannot parse " + file + ": no such file");
            return UNPARSEABLE;
        }
        MeetingRecord record;
        try {
            record = new MeetingRecordParser().parse(file);
        } catch (UnparseableDocumentException e) {
            err.println("cannot parse " + file + ": " + e.getMessage());
            return UNPARSEABLE;
        }
        if (format == Format.text) {
            out.println(record.fullText());
        } else {
            out.println(EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(record));
        }
        out.flush();
        return 0;
    }
}
