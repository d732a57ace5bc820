package io.verbatim.supervisor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./verbatim}'s way into the supervisor: starts the local Kafka broker, Elasticsearch node, a service or the
 * archive simulator, configured and placed as the tests run them, and returns once it is ready (exit 0) or with the
 * reason it is not (exit 1); stops any of them by its pid file. A started process outlives this command.
 */
@Command(name = "verbatim-supervisor", mixinStandardHelpOptions = true,
        subcommands = {SupervisorCommand.StartKafka.class, SupervisorCommand.StartElasticsearch.class,
                SupervisorCommand.StartService.class, SupervisorCommand.StartSimulator.class, SupervisorCommand.Stop.class})
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

    @Command(name = "service", description = "Start a packaged service unless it runs, and wait until it is ready.")
    static final class StartService implements Callable<Integer> {

        @Option(names = "--module", required = true, description = "ingest-service, parse-service, index-service or search-gateway")
        String module;
        @Option(names = "--name", description = "this instance's name (default: the module's)")
        String name;
        @Option(names = "--port", required = true)
        int port;
        @Option(names = "--heap", defaultValue = "256m")
        String heap;
        @Option(names = "--log", required = true)
        Path log;
        @Option(names = "--pid-file", required = true)
        Path pidFile;
        @Option(names = "--property", description = "a system property of the service, KEY=VALUE; repeatable")
        Map<String, String> properties = new LinkedHashMap<>();
        @Option(names = "--timeout", defaultValue = "PT3M", description = "how long it may take to be ready (default: ${DEFAULT-VALUE})")
        Duration timeout;

        @Override
        public Integer call() {
            String instance = name == null ? module : name;
            SupervisedProcess service = LocalService.of(RepositoryLayout.locate(),
                    new LocalService.Settings(module, instance, port, heap, properties), log, pidFile);
            service.start();
            service.awaitReady(timeout);
            System.out.println(instance + " is ready on port " + port);
            return 0;
        }
    }

    @Command(name = "simulator", description = "Start the archive simulator unless it runs, and wait until it answers OAI-PMH.")
    static final class StartSimulator implements Callable<Integer> {

        @Option(names = "--port", required = true)
        int port;
        @Option(names = "--log", required = true)
        Path log;
        @Option(names = "--pid-file", required = true)
        Path pidFile;
        @Option(names = "--timeout", defaultValue = "PT2M")
        Duration timeout;
        @Parameters(description = "the simulator's own options (after --): --records N --publish-every 60s ...")
        List<String> arguments = new ArrayList<>();

        @Override
        public Integer call() {
            SupervisedProcess simulator = LocalArchiveSimulator.of(RepositoryLayout.locate(), port, arguments, log, pidFile);
            simulator.start();
            simulator.awaitReady(timeout);
            System.out.println("the archive simulator is ready on port " + port);
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop, in the order given, what each pid file names (SIGTERM, SIGKILL after 30 s),"
            + " if its command line still holds the marker.")
    static final class Stop implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PID_FILE=MARKER",
                description = "a pid file and the text of the command line that tells its process from a reused pid")
        Map<Path, String> processes = new LinkedHashMap<>();
        @Option(names = "--timeout", defaultValue = "PT30S", description = "how long each may take to exit before SIGKILL (default: ${DEFAULT-VALUE})")
        Duration timeout;

        @Override
        public Integer call() {
            processes.forEach((pidFile, marker) -> {
                String name = pidFile.getFileName().toString().replaceFirst("\\.pid$", "");
                long pid = Processes.fromPidFile(pidFile).map(ProcessHandle::pid).orElse(-1L);
                System.out.println(name + ": " + (SupervisedProcess.stop(pidFile, marker, timeout) ? "stopped (pid " + pid + ")" : "not running"));
            });
            return 0;
        }
    }
}
