package io.inventoryledger.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.inventoryledger.app.web.Caller;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckParserTest {
    private static final Caller PROJECT_READER = new Caller("u1", "p1", null, null, List.of("reader"));
    private static final Caller SYSTEM_ADMIN = new Caller("u2", null, null, "all", List.of("Admin", "reader"));

    private static boolean allows(String check, Caller caller, Map<String, Object> target) {
        return CheckParser.parse(check).matches(target, Credentials.of(caller), name -> null);
    }

    private static boolean allows(String check, Caller caller) {
        return allows(check, caller, Map.of("project_id", "p1"));
    }

    @Test
    void atAlwaysPassesAndBangNeverDoes() {
        assertThat(allows("@", PROJECT_READER)).isTrue();
        assertThat(allows("!", SYSTEM_ADMIN)).isFalse();
    }

    @Test
    void anEmptyCheckPassesAsInOsloPolicy() {
        assertThat(allows("", PROJECT_READER)).isTrue();
        assertThat(allows("   ", PROJECT_READER)).isTrue();
    }

    @Test
    void rolesMatchWithoutRegardToCase() {
        assertThat(allows("role:admin", SYSTEM_ADMIN)).isTrue();
        assertThat(allows("role:ADMIN", SYSTEM_ADMIN)).isTrue();
        assertThat(allows("role:admin", PROJECT_READER)).isFalse();
    }

    @Test
    void aGenericCheckComparesACredentialWithTheTargetsValue() {
        assertThat(allows("project_id:%(project_id)s", PROJECT_READER)).isTrue();
        assertThat(allows("project_id:%(project_id)s", PROJECT_READER, Map.of("project_id", "p2")))
                .isFalse();
        assertThat(allows("system_scope:all", SYSTEM_ADMIN)).isTrue();
        assertThat(allows("system_scope:all", PROJECT_READER)).isFalse();
    }

    @Test
    void aTargetKeyThatIsMissingFailsTheCheck() {
        assertThat(allows("project_id:%(owner)s", PROJECT_READER)).isFalse();
    }

    @Test
    void aMissingTargetValueReadsAsPythonsNone() {
        Map<String, Object> noProject = new HashMap<>();
        noProject.put("project_id", null);
        assertThat(allows("project_id:%(project_id)s", SYSTEM_ADMIN, noProject)).isTrue();
        assertThat(allows("project_id:%(project_id)s", PROJECT_READER, noProject))
                .isFalse();
    }

    @Test
    void aQuotedKindIsALiteral() {
        assertThat(allows("'p1':%(project_id)s", SYSTEM_ADMIN)).isTrue();
        assertThat(allows("'p2':%(project_id)s", SYSTEM_ADMIN)).isFalse();
    }

    @Test
    void andBindsTighterThanOr() {
        // "! and @ or @" is (! and @) or @: true; were "or" tighter it would be false.
        assertThat(allows("! and @ or @", PROJECT_READER)).isTrue();
        assertThat(allows("@ or @ and !", PROJECT_READER)).isTrue();
        assertThat(allows("(@ or @) and !", PROJECT_READER)).isFalse();
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(allows("not ! and @", PROJECT_READER)).isTrue();
        assertThat(allows("not (@ and !)", PROJECT_READER)).isTrue();
        assertThat(allows("not not role:reader", PROJECT_READER)).isTrue();
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(allows("role:reader AND NOT role:admin", PROJECT_READER)).isTrue();
    }

    @Test
    void parenthesesMayHugChecksWithoutSpaces() {
        assertThat(allows("(role:reader and project_id:%(project_id)s) or (role:admin)", PROJECT_READER))
                .isTrue();
        assertThat(allows("((role:admin))", PROJECT_READER)).isFalse();
    }

    @Test
    void aRuleCheckEvaluatesTheNamedRuleAndAnUnknownRuleFailsClosed() {
        Check readers = CheckParser.parse("role:reader");
        Check check = CheckParser.parse("rule:readers or rule:nobody");
        assertThat(check.matches(Map.of(), Credentials.of(PROJECT_READER), n -> n.equals("readers") ? readers : null))
                .isTrue();
        assertThat(CheckParser.parse("rule:nobody").matches(Map.of(), Credentials.of(PROJECT_READER), n -> null))
                .isFalse();
    }

    @Test
    void unreadableChecksAreRefusedRatherThanSilentlyDenied() {
        assertThatThrownBy(() -> CheckParser.parse("role:admin and")).hasMessageContaining("missing");
        assertThatThrownBy(() -> CheckParser.parse("(role:admin")).hasMessageContaining("')'");
        assertThatThrownBy(() -> CheckParser.parse("role:admin role:reader")).hasMessageContaining("unexpected");
        assertThatThrownBy(() -> CheckParser.parse("admin")).hasMessageContaining("kind:match");
        assertThatThrownBy(() -> CheckParser.parse("http://example.com/check")).hasMessageContaining("http");
    }
}
