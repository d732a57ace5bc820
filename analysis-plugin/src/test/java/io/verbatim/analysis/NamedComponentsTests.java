package io.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;
import org.elasticsearch.plugin.analysis.CharFilterFactory;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/**
 * named_components.json is what the node reads instead of scanning every class of the plugin (scanning icu4j
 * runs the installer out of memory), so it must list exactly the {@code @NamedComponent} classes.
 */
class NamedComponentsTests {

    private static final List<Class<?>> EXTENSIBLE = List.of(AnalyzerFactory.class, TokenFilterFactory.class,
            TokenizerFactory.class, CharFilterFactory.class);

    @Test
    void namedComponentsJsonListsEveryAnnotatedClassUnderItsInterface() throws Exception {
        Map<String, Map<String, String>> listed = new ObjectMapper().readValue(
                pluginDir().resolve("named_components.json").toFile(), new TypeReference<>() { });

        assertThat(listed).isEqualTo(annotatedClasses());
    }

    @Test
    void descriptorNamesTheNodeVersionAndNoClassname() throws IOException {
        String descriptor = Files.readString(pluginDir().resolve("stable-plugin-descriptor.properties"));

        assertThat(descriptor).contains("name=verbatim-analysis", "java.version=21", "modular=false")
                .containsPattern("elasticsearch\\.version=9\\.\\d+\\.\\d+")
                .doesNotContain("classname", "${");
    }

    private static Map<String, Map<String, String>> annotatedClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(AnalysisChains.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Map<String, String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                NamedComponent named = type.getAnnotation(NamedComponent.class);
                if (named == null) {
                    continue;
                }
                Class<?> extensible = EXTENSIBLE.stream().filter(e -> e.isAssignableFrom(type)).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " is a @NamedComponent of no analysis interface"));
                found.computeIfAbsent(extensible.getName(), k -> new TreeMap<>()).put(named.value(), name);
            }
        }
        return found;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, NamedComponentsTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static Path pluginDir() {
        return Path.of(System.getProperty("verbatim.plugin.dir", "target/plugin"));
    }
}
