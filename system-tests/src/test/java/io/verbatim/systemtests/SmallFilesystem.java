package io.verbatim.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A folder on a file system of its own, small enough to fill: a tmpfs mounted on it, which takes root (as CI runs).
 * Where it cannot be mounted the folder stays on the disk it is on and the disk-full test says loudly that it did not run.
 */
final class SmallFilesystem {

    private SmallFilesystem() {
    }

    /** Mounts a tmpfs of {@code size} (such as {@code 2g}) on {@code folder}; false, with the reason printed, when it cannot. */
    static boolean mount(Path folder, String size) {
        String result = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0777", "tmpfs", folder.toString()));
        if (result != null) {
            System.err.println("[system-tests] cannot mount a small file system on " + folder + " (" + result
                    + "): the disk-full test will not run");
            return false;
        }
        return true;
    }

    static void unmount(Path folder) {
        run(List.of("umount", "-l", folder.toString()));
    }

    /** Unmounts what an earlier run left mounted under {@code parent} when its JVM was killed before it could. */
    static void unmountLeftovers(Path parent) throws IOException {
        Path mounts = Path.of("/proc/self/mounts");
        if (!Files.isReadable(mounts)) {
            return;
        }
        for (String line : Files.readAllLines(mounts)) {
            String[] fields = line.split(" ");
            if (fields.length > 2 && fields[0].equals("tmpfs") && fields[1].startsWith(parent.toString() + "/")) {
                unmount(Path.of(fields[1]));
            }
        }
    }

    /** Null when the command succeeded, else what it said. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "timed out";
            }
            String output = new String(process.getInputStream().readAllBytes()).strip();
            return process.exitValue() == 0 ? null : "exit " + process.exitValue() + ": " + output;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
