package io.inventoryledger.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.web.Caller;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md's table of what each role may do is generated from the policy defaults: this test
 * computes it (with the defaults, and with secure RBAC: enforce-scope and enforce-new-defaults) and
 * fails, printing the table to paste, when the document says otherwise.
 */
class PolicyTableDocTest {
    static final Path DOC = Path.of("../docs/security.md");
    static final String START = "<!-- policy-table:start (generated: PolicyTableDocTest) -->";
    static final String END = "<!-- policy-table:end -->";

    private static final Map<String, Caller> PERSONAS = personas();

    private static Map<String, Caller> personas() {
        Map<String, Caller> personas = new LinkedHashMap<>();
        personas.put("system admin", new Caller("u", null, null, "all", List.of("admin", "member", "reader")));
        personas.put("system reader", new Caller("u", null, null, "all", List.of("reader")));
        personas.put("project admin", new Caller("u", "p", null, null, List.of("admin", "member", "reader")));
        personas.put("project member", new Caller("u", "p", null, null, List.of("member", "reader")));
        personas.put("project reader", new Caller("u", "p", null, null, List.of("reader")));
        return personas;
    }

    static String table() {
        PolicyEnforcer legacy = PolicyEnforcer.of(Map.of(), false, false);
        PolicyEnforcer secure = PolicyEnforcer.of(Map.of(), true, true);
        StringBuilder table = new StringBuilder("| rule | default check |");
        PERSONAS.keySet().forEach(persona -> table.append(' ').append(persona).append(" |"));
        table.append("\n|---|---|").append("---|".repeat(PERSONAS.size())).append('\n');
        for (RuleDefault rule : PlacementDefaults.rules()) {
            if (!rule.name().contains(":")) {
                continue; // base rules (admin_api, ...) are building blocks, not actions
            }
            table.append("| `")
                    .append(rule.name())
                    .append("` | `")
                    .append(rule.check())
                    .append("` |");
            PERSONAS.values().forEach(caller -> {
                boolean byDefault = legacy.allows(caller, rule.name());
                boolean secureRbac = secure.allows(caller, rule.name());
                table.append(' ')
                        .append(secureRbac ? "yes" : byDefault ? "legacy" : "no")
                        .append(" |");
            });
            table.append('\n');
        }
        return table.toString();
    }

    @Test
    void the_role_table_in_the_security_doc_is_the_one_the_defaults_give() throws IOException {
        String doc = Files.readString(DOC);
        assertThat(doc).contains(START).contains(END);
        String documented = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END))
                .strip();
        String expected = table().strip();
        assertThat(documented)
                .as("docs/security.md's policy table; paste this between the markers:%n%s%n", expected)
                .isEqualTo(expected);
    }
}
