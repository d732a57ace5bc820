package io.verbatim.supervisor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./verbatim}'s way into the supervisor: starts the local Kafka broker or Elasticsearch node, configured and
 * placed as the tests run them, and returns once it is ready (exit 0) or with the reason it is not (exit 1). The
 * started process outlives this command; {@code ./verbatim down} stops it by its pid file.
 */
@Command(name = "verbatim-supervisor", mixinStandardHelpOptions = true,
        subcommands = {SupervisorCommand.StartKafka.class, SupervisorCommand.StartElasticsearch.class})
public final class SupervisorCommand {

    public static void main(String[] args) {
        CommandLine command = new CommandLine(new SupervisorCommand());
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("verbatim-supervisor: " + e.getMessage());
            return 1;
        });
        System.exit(command.execute(args));
    }

    @Command(name = "kafka", description = "Start the Kafka broker (KRaft, broker and controller) unless it runs.")
    static final class StartKafka implements Callable<Integer> {

        @Option(names = "--home", required = true, description = "folder of its configuration and data")
        Path home;
        @Option(names = "--dist", required = true, description = "where the broker's distribution is copied to run from")
        Path dist;
        @Option(names = "--log", required = true)
        Path log;
        @Option(names = "--pid-file", required = true)
        Path pidFile;
        @Option(names = "--port", defaultValue = "9092")
        int port;
        @Option(names = "--controller-port", defaultValue = "9093")
        int controllerPort;
        @Option(names = "--heap", defaultValue = "512m")
        String heap;

        @Override
        public Integer call() throws Exception {
            RepositoryLayout layout = RepositoryLayout.locate();
            Path runFrom = KafkaDistribution.stage(layout.kafkaHome(), dist);
            LocalKafka broker = LocalKafka.prepare(runFrom, home, log, new LocalKafka.Settings(port, controllerPort, heap, false));
            broker.start();
            Files.copy(broker.pidFile(), pidFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Kafka is ready on " + broker.bootstrapServers());
            return 0;
        }
    }

    @Command(name = "elasticsearch", description = "Start the Elasticsearch node (single node, security off) unless it runs.")
    static final class StartElasticsearch implements Callable<Integer> {

        @Option(names = "--base", required = true, description = "folder of its distribution copy and node, if its user can reach it")
        Path base;
        @Option(names = "--remember-base-in", required = true, description = "file that keeps the folder chosen")
        Path remembered;
        @Option(names = "--log", required = true, description = "output of the start")
        Path log;
        @Option(names = "--pid-file", required = true)
        Path pidFile;
        @Option(names = "--port", defaultValue = "9200")
        int port;
        @Option(names = "--transport-port", defaultValue = "9300")
        int transportPort;
        @Option(names = "--heap", defaultValue = "512m")
        String heap;

        @Override
        public Integer call() throws Exception {
            RepositoryLayout layout = RepositoryLayout.locate();
            Files.createDirectories(log.getParent());
            ElasticsearchAccount account = ElasticsearchAccount.forCurrentUser(log);
            ElasticsearchPlacement placement = ElasticsearchPlacement.lasting(layout, base, remembered, account);
            LocalElasticsearch node = LocalElasticsearch.prepare(placement, account, log,
                    new LocalElasticsearch.Settings("verbatim", port, transportPort, heap, false));
            node.start();
            Files.copy(node.pidFile(), pidFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.println("Elasticsearch is ready on " + node.hostAndPort() + " (node folder " + placement.node()
                    + ", running as " + account.name() + ")");
            return 0;
        }
    }
}
