package io.verbatim.supervisor;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a packaged Verbatim service runs locally: {@code java -Xmx<heap> -Dquarkus.http.port=<port> -D<property>...
 * -jar <module>/target/quarkus-app/quarkus-run.jar}, ready when {@code /q/health/ready} answers 200. The one
 * definition for {@code ./verbatim} and the system tests.
 */
public final class LocalService {

    /**
     * @param module the Maven module, {@code ingest-service}
     * @param name this instance's name (the module's, or {@code parse-service-2} for another instance)
     * @param properties system properties: Kafka, Elasticsearch, the data folder and the service's own settings
     * @param jvmOptions further options of the JVM (a benchmark's collector or profiler), usually none
     */
    public record Settings(String module, String name, int port, String heap, Map<String, String> properties,
                           List<String> jvmOptions) {

        public Settings {
            properties = Map.copyOf(properties);
            jvmOptions = List.copyOf(jvmOptions);
        }

        public Settings(String module, String name, int port, String heap, Map<String, String> properties) {
            this(module, name, port, heap, properties, List.of());
        }
    }

    private LocalService() {
    }

    public static SupervisedProcess of(RepositoryLayout layout, Settings settings, Path log, Path pidFile) {
        Path jar = jarOf(layout, settings.module());
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + settings.heap(),
                "-Dquarkus.http.port=" + settings.port()));
        settings.properties().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(property -> command.add("-D" + property.getKey() + "=" + property.getValue()));
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-jar", jar.toString()));
        return new SupervisedProcess(settings.name(), command, log, pidFile, marker(settings.module()),
                URI.create("http://127.0.0.1:" + settings.port() + "/q/health/ready"));
    }

    /** What the command line of a running instance of the module holds. */
    public static String marker(String module) {
        return module + "/target/quarkus-app";
    }

    static Path jarOf(RepositoryLayout layout, String module) {
        Path jar = layout.root().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not built: " + jar + " is missing (./mvnw -B package -DskipTests)");
        }
        return jar;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
