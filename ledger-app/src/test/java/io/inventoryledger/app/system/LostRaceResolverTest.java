package io.inventoryledger.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LostRaceResolverTest {
    private final LostRaceResolver resolver = new LostRaceResolver();

    @Test
    void aDuplicateKeyDeepInTheCauseChainIsALostRace() {
        assertThat(resolver.isDuplicateKeyViolation(
                        new RuntimeException(new IllegalStateException(new SQLException("dup", "23505")))))
                .isTrue();
    }

    @Test
    void aDeadlockWithAnotherWriterIsALostRace() {
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new SQLException("dl", "40P01"))))
                .isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new SQLException("gone", "08006"))))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("no sql at all")))
                .isFalse();
    }
}
