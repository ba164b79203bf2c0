package io.inventoryledger.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dashboard query with a value it cannot answer is refused with 400 and a stable code, never a 500. */
class DashboardBadInputStoryTest extends LedgerServerTest {
    @ParameterizedTest
    @CsvSource({
        "/ledger/dashboard/classes?resource_class=NO_SUCH_CLASS, ledger.dashboard.unknown_resource_class",
        "/ledger/dashboard/aggregates?resource_class=CUSTOM_NOT_MADE, ledger.dashboard.unknown_resource_class",
        "/ledger/dashboard/providers/fullest, ledger.dashboard.unknown_resource_class",
        "/ledger/dashboard/series?resource_class=VCPU&bucket=fortnight, ledger.dashboard.unknown_bucket",
        "/ledger/dashboard/roots?limit=-1, ledger.dashboard.bad_limit",
        "/ledger/dashboard/usages/projects?limit=abc, ledger.dashboard.bad_limit",
        "/ledger/dashboard/usages/users?offset=-5, ledger.dashboard.bad_limit",
        "/ledger/dashboard/providers/fullest?resource_class=VCPU&limit=0, ledger.dashboard.bad_limit",
        "/ledger/dashboard/providers/hottest?minutes=100000, ledger.dashboard.bad_window",
        "/ledger/dashboard/series?resource_class=VCPU&buckets=0, ledger.dashboard.bad_window"
    })
    void aValueTheDashboardCannotAnswerIsRefusedWithItsCode(String path, String code) {
        Reply reply = api.get(path);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        "/ledger/dashboard/classes?resource_class=VCPU",
        "/ledger/dashboard/series?resource_class=VCPU&bucket=hour"
    })
    void aKnownClassAndBucketAreAnsweredEvenWithNothingInTheLedger(String path) {
        assertThat(api.get(path).status()).isEqualTo(200);
    }
}
