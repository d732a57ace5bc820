package io.verbatim.admin;

import io.verbatim.contracts.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dlq", description = "Lists, shows or replays the records of the dead-letter topics.",
        subcommands = {DeadLetterCommand.ListTopics.class, DeadLetterCommand.Show.class, DeadLetterCommand.Replay.class})
final class DeadLetterCommand {

    @Command(name = "list", description = "Prints each dead-letter topic with its letters and how many wait for a replay.")
    static final class ListTopics implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Override
        public Integer call() {
            ReplayLedger ledger = ReplayLedger.read(kafka.clientProperties());
            DeadLetterReader reader = new DeadLetterReader(kafka.clientProperties());
            System.out.printf("%-22s %8s %8s%n", "topic", "letters", "waiting");
            for (String topic : Topics.DEAD_LETTER_TOPICS) {
                List<DeadLetter> letters = reader.readAll(topic);
                long waiting = letters.stream().filter(letter -> !ledger.wasReplayed(letter.record())).count();
                System.out.printf("%-22s %8d %8d%n", topic, letters.size(), waiting);
            }
            return 0;
        }
    }

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
            description = "Sends dead-lettered records back to the topic they failed on, each letter once.")
    static final class Replay implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Parameters(index = "0", description = "The dead-letter topic, e.g. verbatim.parse.dlq.")
        String topic;

        @Option(names = "--record", description = "Replay only this recordId (the record's key).")
        String recordId;

        @Option(names = "--reason", description = "Replay only letters whose reason or cause contains this text.")
        String reason;

        @Override
        public Integer call() {
            int replayed = new DeadLetterReplayer(kafka.clientProperties()).replay(topic, new LetterSelection(recordId, reason));
            System.out.println("replayed " + replayed + " record(s) from " + topic);
            return 0;
        }
    }
}
