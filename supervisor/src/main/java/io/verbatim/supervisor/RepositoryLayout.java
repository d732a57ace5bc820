package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the runtime module put the broker and the node, found from the repository root. */
public record RepositoryLayout(Path root) {

    /** Set by the build's failsafe configuration; without it, the folder holding {@code mvnw} above user.dir. */
    public static final String ROOT_PROPERTY = "verbatim-build.repo-root";

    public static RepositoryLayout locate() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new RepositoryLayout(Path.of(configured).toAbsolutePath().normalize());
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return new RepositoryLayout(dir);
            }
        }
        throw new IllegalStateException("cannot find the repository root: -D" + ROOT_PROPERTY
                + " is not set and no folder above " + start + " holds mvnw");
    }

    public Path kafkaHome() {
        return root.resolve("runtime/target/kafka");
    }

    public Path kafkaLib() {
        Path lib = kafkaHome().resolve("lib");
        if (!Files.isRegularFile(kafkaHome().resolve("config/log4j2.properties")) || isEmpty(lib)) {
            throw new IllegalStateException("the Kafka broker is not in " + lib
                    + "; build it with ./mvnw -B -pl runtime -am package");
        }
        return lib;
    }

    public Path kafkaLog4jConfig() {
        return kafkaHome().resolve("config/log4j2.properties");
    }

    /** The unpacked Elasticsearch distribution, {@code runtime/target/elasticsearch/elasticsearch-VERSION}. */
    public Path elasticsearchHome() {
        Path parent = root.resolve("runtime/target/elasticsearch");
        if (Files.isDirectory(parent)) {
            try (Stream<Path> children = Files.list(parent)) {
                var home = children
                        .filter(p -> p.getFileName().toString().startsWith("elasticsearch-"))
                        .filter(p -> Files.isRegularFile(p.resolve("bin/elasticsearch")))
                        .sorted()
                        .reduce((first, second) -> second);
                if (home.isPresent()) {
                    return home.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("the Elasticsearch distribution is not in " + parent
                + "; build it with ./mvnw -B -pl runtime package");
    }

    /** Name of our analysis plugin's folder under the node's {@code plugins/}. */
    public static final String ANALYSIS_PLUGIN = "verbatim-analysis";

    /**
     * Our analysis plugin, unzipped by the runtime module into the distribution's {@code plugins/}; every index
     * definition of the contracts needs it.
     */
    public Path analysisPlugin(Path elasticsearchHome) {
        Path plugin = elasticsearchHome.resolve("plugins").resolve(ANALYSIS_PLUGIN);
        if (!Files.isRegularFile(plugin.resolve("stable-plugin-descriptor.properties"))) {
            throw new IllegalStateException("the analysis plugin is not in " + plugin
                    + "; build it with ./mvnw -B -pl runtime -am package");
        }
        return plugin;
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
