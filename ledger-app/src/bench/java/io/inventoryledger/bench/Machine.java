package io.inventoryledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
final class Machine {
    private Machine() {}

    static String describe(Postgres postgres) {
        return String.format(
                "%d CPUs (nproc), %s memory, PostgreSQL %s, Java %s, %s %s",
                Runtime.getRuntime().availableProcessors(),
                memory(),
                postgres.version(),
                System.getProperty("java.version"),
                System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB")
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
