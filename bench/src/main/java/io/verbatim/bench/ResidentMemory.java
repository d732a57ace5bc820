package io.verbatim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The resident memory of processes, read from {@code /proc/PID/status} (Linux). */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** The process's resident set now, in MB; -1 when it cannot be read. */
    static double nowMb(long pid) {
        return field(pid, "VmRSS:");
    }

    /** The largest resident set the process has had, in MB; -1 when it cannot be read. */
    static double peakMb(long pid) {
        return field(pid, "VmHWM:");
    }

    /** The resident set of each named process now. */
    static Map<String, Double> nowMb(Map<String, Long> pids) {
        Map<String, Double> sizes = new LinkedHashMap<>();
        pids.forEach((name, pid) -> sizes.put(name, nowMb(pid)));
        return sizes;
    }

    private static double field(long pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).replace("kB", "").strip()) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
