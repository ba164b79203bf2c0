package io.inventoryledger.core.trait;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The standard traits of Placement 8.0.0 (os-traits), generated into {@code standard-traits.txt}, sorted. */
public final class StandardTraits {
    public static final List<String> NAMES = load();
    private static final Set<String> LOOKUP = Set.copyOf(NAMES);

    private StandardTraits() {}

    public static boolean isStandard(String name) {
        return LOOKUP.contains(name);
    }

    private static List<String> load() {
        try (InputStream in = StandardTraits.class.getResourceAsStream("standard-traits.txt")) {
            if (in == null) {
                throw new IllegalStateException("standard-traits.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
