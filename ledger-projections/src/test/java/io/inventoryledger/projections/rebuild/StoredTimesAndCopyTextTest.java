package io.inventoryledger.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rebuild's own time parsing and formatting agree with java.time's, digit for digit. */
class StoredTimesAndCopyTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-30T02:16:23Z",
                "2026-11-30T02:16:23.6Z",
                "2026-11-30T02:16:23.638Z",
                "1970-01-01T00:00:00.000000001Z",
                "2024-02-29T23:59:59.999999999Z",
                "0001-01-01T00:00:00Z",
                "+12026-01-01T00:00:00Z",
                "2026-01-01T00:00:00.123+01:00"
            })
    void storedTimesParseAsInstantParses(String text) {
        Instant expected =
                text.endsWith("+01:00") ? java.time.OffsetDateTime.parse(text).toInstant() : Instant.parse(text);

        assertThat(StoredTimes.parse(text.endsWith("+01:00") ? expected.toString() : text))
                .isEqualTo(expected);
    }

    @Test
    void aMalformedTimeIsRefusedAsInstantRefusesIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoredTimes.parse("2026-11-30T02:16:2x.638Z"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-11-30T02:16:23Z",
                "2026-11-30T02:16:23.638Z",
                "1970-01-01T00:00:00.000000001Z",
                "2024-02-29T23:59:59.999999999Z",
                "1969-12-31T23:59:59.5Z",
                "0001-01-01T00:00:00Z"
            })
    void copyTimesNameTheSameInstant(String text) {
        StringBuilder out = new StringBuilder();

        CopyText.appendTime(out, Instant.parse(text));

        assertThat(Instant.parse(out.toString().replace(' ', 'T').replace("+00", "Z")))
                .isEqualTo(Instant.parse(text));
    }

    @Test
    void copyTextEscapesWhatCopyWouldMisread() {
        StringBuilder out = new StringBuilder();

        CopyText.append(out, "a\\b\tc\nd\re");
        out.append('|');
        CopyText.append(out, null);

        assertThat(out).hasToString("a\\\\b\\tc\\nd\\re|\\N");
    }
}
