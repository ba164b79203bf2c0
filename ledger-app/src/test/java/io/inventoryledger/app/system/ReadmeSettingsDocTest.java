package io.inventoryledger.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table lists every setting the service reads, each once, and nothing it does not read.
 * The settings are found where the code reads them: {@code ${ledger...}} placeholders and {@code ledger...}
 * property names in the main sources, {@code @ConfigurationProperties} records, and application.properties
 * (its {@code ${LEDGER_...}} placeholders and its {@code ledger...} defaults). A setting's environment name is
 * Spring's: upper case, dots and dashes as underscores.
 */
class ReadmeSettingsDocTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(ledger\\.[a-z0-9.-]+)");
    /** A property name in @ConditionalOnProperty or an Environment lookup. */
    private static final Pattern NAMED =
            Pattern.compile("(?:name|value|getProperty\\(|getRequiredProperty\\()\\s*=?\\s*\"(ledger\\.[a-z0-9.-]+)\"");
    /** A constant holding a property name (or a meter's: only those that Spring's Binder binds count). */
    private static final Pattern CONSTANT =
            Pattern.compile("static final String ([A-Z_]+) = \"(ledger\\.[a-z0-9.-]+)\"");

    private static final Pattern BOUND = Pattern.compile("\\.bind\\(([A-Z_]+)");
    private static final Pattern PROPERTIES_RECORD =
            Pattern.compile("@ConfigurationProperties\\(\"(ledger\\.[a-z.-]+)\"\\)");
    private static final Pattern DEFAULT_LINE = Pattern.compile("(?m)^(ledger\\.[a-z0-9.-]+)=");
    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{(LEDGER_[A-Z0-9_]+)");
    private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| (`[A-Z][A-Z0-9_]*`(?: / `[A-Z0-9_]+`)*) \\|");

    @Test
    void theReadmeListsEverySettingTheServiceReadsOnceAndNoOther() {
        Set<String> read = settingsTheCodeReads();
        Map<String, Integer> listed = settingsTheReadmeLists();

        List<String> missing = read.stream().filter(s -> !listed.containsKey(s)).toList();
        assertThat(missing)
                .as("settings the code reads that README.md's configuration table does not list (add a row each)")
                .isEmpty();
        assertThat(listed.entrySet().stream()
                        .filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList())
                .as("settings listed more than once")
                .isEmpty();
        assertThat(listed.keySet().stream()
                        .filter(s -> s.startsWith("LEDGER_") && !read.contains(s))
                        .toList())
                .as("README rows for settings the code does not read")
                .isEmpty();
    }

    private static Set<String> settingsTheCodeReads() {
        Set<String> keys = new TreeSet<>();
        Set<String> env = new TreeSet<>();
        for (Path source : mainSources()) {
            String text = read(source);
            collect(PLACEHOLDER, text, keys);
            collect(NAMED, text, keys);
            Map<String, String> constants = new HashMap<>();
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
            Matcher bound = BOUND.matcher(text);
            while (bound.find()) {
                if (constants.containsKey(bound.group(1))) {
                    keys.add(constants.get(bound.group(1)));
                }
            }
            Matcher record = PROPERTIES_RECORD.matcher(text);
            if (record.find()) {
                String prefix = record.group(1);
                Arrays.stream(classOf(source).getRecordComponents())
                        .forEach(component -> keys.add(prefix + "." + kebab(component.getName())));
            }
        }
        String properties = read(ROOT.resolve("ledger-app/src/main/resources/application.properties"));
        collect(DEFAULT_LINE, properties, keys);
        collect(ENV_PLACEHOLDER, properties, env);
        keys.forEach(key -> env.add(key.toUpperCase().replace('.', '_').replace('-', '_')));
        return env;
    }

    /** Environment name → how many rows list it; {@code `A_B_C` / `_D`} lists A_B_C and A_B_D. */
    private static Map<String, Integer> settingsTheReadmeLists() {
        String readme = read(ROOT.resolve("README.md"));
        String configuration = readme.substring(readme.indexOf("## Configuration"));
        Map<String, Integer> listed = new HashMap<>();
        Matcher row = TABLE_ROW.matcher(configuration);
        while (row.find()) {
            List<String> names = new ArrayList<>();
            for (String cell : row.group(1).split(" / ")) {
                String name = cell.replace("`", "");
                if (name.startsWith("_")) {
                    String[] first = names.get(0).split("_");
                    name = first[0] + "_" + first[1] + name;
                }
                names.add(name);
            }
            names.forEach(name -> listed.merge(name, 1, Integer::sum));
        }
        return listed;
    }

    private static List<Path> mainSources() {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("ledger-core", "ledger-projections", "ledger-app")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    private static Class<?> classOf(Path source) {
        String path = source.normalize().toString().replace('\\', '/');
        String name = path.substring(path.indexOf("src/main/java/") + "src/main/java/".length(), path.length() - 5)
                .replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
