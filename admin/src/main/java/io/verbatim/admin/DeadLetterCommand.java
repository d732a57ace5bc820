package io.verbatim.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dlq", description = "Shows or replays the records of a dead-letter topic.",
        subcommands = {DeadLetterCommand.Show.class, DeadLetterCommand.Replay.class})
final class DeadLetterCommand {

    @Command(name = "show", description = "Prints each dead-lettered record: key, reason, original topic and offset.")
    static final class Show implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Parameters(index = "0", description = "The dead-letter topic, e.g. verbatim.parse.dlq.")
        String topic;

        @Override
        public Integer call() {
            var records = new DeadLetterReader(kafka.clientProperties()).readAll(topic);
            records.forEach(record -> System.out.println(record.describe()));
            System.out.println(records.size() + " record(s) on " + topic);
            return 0;
        }
    }

    @Command(name = "replay",
            description = "Sends dead-lettered records back to the topic they failed on, each once per replay group.")
    static final class Replay implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Parameters(index = "0", description = "The dead-letter topic, e.g. verbatim.parse.dlq.")
        String topic;

        @Option(names = "--record", description = "Replay only this recordId (the record's key).")
        String recordId;

        @Override
        public Integer call() throws Exception {
            int replayed = new DeadLetterReplayer(kafka.clientProperties()).replay(topic, recordId);
            System.out.println("replayed " + replayed + " record(s) from " + topic);
            return 0;
        }
    }
}
