package io.verbatim.admin;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The operator's command line: {@code verbatim-admin topics}, {@code verbatim-admin dlq show|replay}. */
@Command(name = "verbatim-admin", mixinStandardHelpOptions = true,
        description = "Provisions Verbatim's Kafka topics, inspects or replays dead-lettered records, and manages harvest sources.",
        subcommands = {TopicsCommand.class, DeadLetterCommand.class, SourceCommand.class})
public final class VerbatimAdmin {

    public static void main(String[] args) {
        System.exit(new CommandLine(new VerbatimAdmin()).execute(args));
    }
}
