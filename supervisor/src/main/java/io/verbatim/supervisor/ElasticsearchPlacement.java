package io.verbatim.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Where the node's installation and its folder live. For a test run, normally the unpacked distribution and
 * {@code target/verbatim-it/<run>/elasticsearch}; for {@code ./verbatim}, a copy of the distribution and a lasting
 * node folder under its home. But when a root JVM runs the node as another user and that user cannot reach them
 * (a clone in a {@code mktemp -d} folder is mode 700), both move under {@code ${java.io.tmpdir}}, which that user
 * can traverse.
 *
 * @param home   the Elasticsearch installation to run, read-only
 * @param node   this run's node folder: config, data, logs, tmp, pid file
 * @param staged whether the node folder is outside the run folder (and is deleted when the node stops)
 */
public record ElasticsearchPlacement(Path home, Path node, boolean staged) {

    /**
     * The lasting placement of {@code ./verbatim}: the distribution copied into {@code base/dist/} (so that a rebuild
     * does not change a running node; the analysis plugin kept in step), the node in {@code base/node}. {@code base}
     * is the preferred folder unless the account cannot reach it, then a folder under {@code java.io.tmpdir}; the
     * choice is remembered in {@code remembered}, so that later starts find the same node.
     */
    public static ElasticsearchPlacement lasting(RepositoryLayout layout, Path preferredBase, Path remembered,
            ElasticsearchAccount account) {
        Path base = lastingBase(preferredBase, remembered, account);
        createWorldReadable(base);
        createWorldReadable(base.resolve("dist"));
        Path source = layout.elasticsearchHome();
        Path home = copyOnce(source, base.resolve("dist").resolve(source.getFileName()));
        Path plugin = layout.analysisPlugin(source);
        refreshPlugin(plugin, home.resolve("plugins").resolve(plugin.getFileName()));
        return new ElasticsearchPlacement(home, base.resolve("node"), false);
    }

    private static Path lastingBase(Path preferred, Path remembered, ElasticsearchAccount account) {
        try {
            if (Files.isRegularFile(remembered)) {
                return Path.of(Files.readString(remembered, StandardCharsets.UTF_8).trim());
            }
            Files.createDirectories(preferred.getParent());
            Path base = account.canReach(preferred.getParent()) ? preferred : stagingFolder(preferred.getParent(), "verbatim-es-home-");
            if (!base.equals(preferred)) {
                System.err.println("[verbatim] the user " + account.name() + " cannot reach " + preferred.getParent()
                        + ": Elasticsearch runs from " + base);
            }
            Files.createDirectories(remembered.getParent());
            Files.writeString(remembered, base + "\n", StandardCharsets.UTF_8);
            return base;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test run's placement, its node folder deleted when staged. */
    public static ElasticsearchPlacement forTestRun(RepositoryLayout layout, RunFolder run, ElasticsearchAccount account) {
        Path home = layout.elasticsearchHome();
        Path plugin = layout.analysisPlugin(home);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!account.canReach(java)) {
            throw new IllegalStateException("the user " + account.name() + " cannot run " + java
                    + " (the JDK Elasticsearch needs); run the tests with a JDK 21+ installed where every user can"
                    + " read it, e.g. under /usr/lib/jvm");
        }
        if (account.canReach(home.resolve("bin/elasticsearch")) && account.canReach(run.dir())) {
            return new ElasticsearchPlacement(home, run.resolve("elasticsearch"), false);
        }
        Path staging = stagingFolder(layout.root(), "verbatim-es-");
        System.err.println("[verbatim] the user " + account.name() + " cannot reach " + layout.root()
                + "; running Elasticsearch from a copy in " + staging);
        Path stagedHome = copyOnce(home, staging.resolve(home.getFileName()));
        refreshPlugin(plugin, stagedHome.resolve("plugins").resolve(plugin.getFileName()));
        Path nodes = staging.resolve("nodes");
        StaleRuns.sweep(nodes, 0);
        Path node = nodes.resolve(run.name());
        createWorldReadable(node);
        StaleRuns.claim(node);
        return new ElasticsearchPlacement(stagedHome, node, true);
    }

    private static Path stagingFolder(Path forFolder, String prefix) {
        Path staging = Path.of(System.getProperty("java.io.tmpdir"), prefix + shortHash(forFolder));
        createWorldReadable(staging);
        try {
            Object owner = Files.getAttribute(staging, "unix:uid");
            Object me = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (!owner.equals(me)) {
                throw new IllegalStateException(staging + " belongs to uid " + owner + ", not to this user (uid "
                        + me + "); delete it or set -Djava.io.tmpdir to another folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    private static void createWorldReadable(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Copies the installation unless an earlier run did. */
    private static Path copyOnce(Path source, Path target) {
        return Folders.copyOnce(source, target, copy -> Files.isRegularFile(copy.resolve("bin/elasticsearch")));
    }

    /** A copy made by an earlier run may hold an older build of the plugin: replace it when it differs. */
    private static void refreshPlugin(Path built, Path staged) {
        if (sameFiles(built, staged)) {
            return;
        }
        Folders.deleteTree(staged);
        Folders.copyTree(built, staged);
    }

    private static boolean sameFiles(Path left, Path right) {
        if (!Files.isDirectory(right)) {
            return false;
        }
        try (Stream<Path> l = Files.list(left); Stream<Path> r = Files.list(right)) {
            var names = l.map(p -> p.getFileName().toString()).sorted().toList();
            if (!names.equals(r.map(p -> p.getFileName().toString()).sorted().toList())) {
                return false;
            }
            for (String name : names) {
                if (Files.mismatch(left.resolve(name), right.resolve(name)) != -1) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String shortHash(Path path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
