package io.inventoryledger.app.policy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** An operator's policy file, as oslo.policy reads it: a YAML (or JSON) map of rule name to check string. */
final class PolicyFile {
    private PolicyFile() {}

    /** The overrides in the file; IllegalStateException naming the file when it is missing or not such a map. */
    static Map<String, String> read(Path path) {
        Object document;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy file " + path, e);
        } catch (RuntimeException notYaml) {
            throw new IllegalStateException("policy file " + path + " is not YAML: " + notYaml.getMessage(), notYaml);
        }
        Map<String, String> rules = new LinkedHashMap<>();
        if (document == null) {
            return rules;
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalStateException("policy file " + path + " must map rule names to check strings");
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getValue() instanceof String check)) {
                throw new IllegalStateException("policy file " + path + ": rule '" + entry.getKey()
                        + "' must be a check string (the old list-of-lists form is not supported)");
            }
            rules.put(String.valueOf(entry.getKey()), check);
        }
        return rules;
    }
}
