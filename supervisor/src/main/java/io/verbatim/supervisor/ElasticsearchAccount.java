package io.verbatim.supervisor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The user the Elasticsearch node runs as. Elasticsearch refuses to run as root, so a root JVM (a CI runner, a
 * container) runs it as an unprivileged system user, created when missing; anyone else runs it as themselves.
 */
public final class ElasticsearchAccount {

    /** The unprivileged user a root JVM runs the node as. */
    public static final String USER_PROPERTY = "verbatim.es.user";

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);

    private final String user;
    private final Path log;

    private ElasticsearchAccount(String user, Path log) {
        this.user = user;
        this.log = log;
    }

    /** The account for this JVM; {@code log} receives the output of the user-management commands. */
    public static ElasticsearchAccount forCurrentUser(Path log) {
        if (!isRoot()) {
            return new ElasticsearchAccount(null, log);
        }
        ElasticsearchAccount account = new ElasticsearchAccount(System.getProperty(USER_PROPERTY, "verbatim-es"), log);
        account.ensureUserExists();
        return account;
    }

    boolean isSeparateUser() {
        return user != null;
    }

    public String name() {
        return user == null ? System.getProperty("user.name") : user;
    }

    /** The command, run as this account, with {@code env} given explicitly (runuser may not pass it on). */
    List<String> command(List<String> env, List<String> command) {
        List<String> full = new ArrayList<>();
        if (isSeparateUser()) {
            full.addAll(List.of("runuser", "-u", user, "--"));
        }
        full.add("env");
        full.addAll(env);
        full.addAll(command);
        return full;
    }

    /** Whether this account can open {@code path}: every folder above it must be searchable to it. */
    public boolean canReach(Path path) {
        if (!isSeparateUser()) {
            return Files.exists(path);
        }
        return Processes.run(List.of("runuser", "-u", user, "--", "test", "-x", path.toString()), log, COMMAND_TIMEOUT) == 0;
    }

    void own(Path tree) {
        if (isSeparateUser()) {
            Processes.runChecked(List.of("chown", "-R", user + ":", tree.toString()), log, COMMAND_TIMEOUT);
        }
    }

    private void ensureUserExists() {
        if (exists()) {
            return;
        }
        System.err.println("[verbatim] running as root: creating the system user " + user
                + " to run Elasticsearch (it refuses to run as root)");
        int exit = Processes.run(List.of("useradd", "--system", "--no-create-home", "--user-group",
                "--shell", "/usr/sbin/nologin", user), log, COMMAND_TIMEOUT);
        // another JVM may have created it meanwhile
        if (exit != 0 && !exists()) {
            throw new IllegalStateException("cannot create the user " + user + " to run Elasticsearch as (useradd exit "
                    + exit + "); create it, or set -D" + USER_PROPERTY + " to an existing unprivileged user\n"
                    + LogTail.of(log));
        }
    }

    private boolean exists() {
        return Processes.run(List.of("id", "-u", user), log, COMMAND_TIMEOUT) == 0;
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
