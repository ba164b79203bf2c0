package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.inventoryledger.app.support.LedgerNode;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.PlacementClient;
import io.inventoryledger.app.support.Reply;
import io.inventoryledger.projections.rebuild.RebuildLease;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild is a job: started in the background, watched while it runs, cancelled, refused while another one runs
 * on any node, and, in repair mode, swapping the rebuilt tables in for drifted live ones.
 */
class RebuildJobStoryTest extends LedgerServerTest {
    private static final String PATH = "/ledger/projections/rebuild";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RebuildLease lease;

    @BeforeEach
    void history() {
        ProviderHistory.build(api);
    }

    @Test
    void aRebuildStartsInTheBackgroundAndShowsItsProgressUntilItEnds() {
        Reply started = api.post(PATH, "");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = path(started);
        assertThat(location).isEqualTo(PATH + "/" + started.json("$.id"));
        Reply done = awaitState(location, "succeeded");
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        assertThat(((Number) done.json("$.events_done")).longValue()).isEqualTo(events);
        assertThat(((Number) done.json("$.events_total")).longValue()).isEqualTo(events);
        assertThat((String) done.json("$.phase")).isEqualTo("done");
        assertThat((Boolean) done.json("$.equal")).isTrue();
        assertThat((Boolean) done.json("$.repaired")).isFalse();
        assertThat((Integer) done.json("$.eta_seconds")).isZero();
        assertThat(api.get(PATH + "/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void aRebuildIsRefusedWhileAnotherHoldsTheLeaseOnAnyNode() {
        try (RebuildLease.Held otherNode = lease.tryAcquire().orElseThrow()) {
            // the lease is a PostgreSQL advisory lock: the same whichever node's session holds it
            Reply refused = api.post(PATH, "");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat((String) refused.json("$.errors[0].detail")).contains("running already");
        }
        Reply started = api.post(PATH, "");
        assertThat(started.status()).isEqualTo(202);
        awaitState(path(started), "succeeded");
    }

    @Test
    void aRepairSwapsTheRebuiltTablesInAndTheNextComparisonIsEqual() {
        jdbc.update("UPDATE inventories SET total = 999 WHERE resource_class = 'MEMORY_MB'");
        jdbc.update("UPDATE provider_usages SET used = used + 1");

        Reply repair = api.post(PATH + "?repair=true&wait=true", "");

        assertThat(repair.status()).as(repair.toString()).isEqualTo(200);
        assertThat((Boolean) repair.json("$.equal")).isFalse();
        assertThat((Boolean) repair.json("$.repaired")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inventories WHERE total = 999", Integer.class))
                .isZero();
        Reply check = api.post(PATH + "?wait=true", "");
        assertThat((Boolean) check.json("$.equal")).as(check.toString()).isTrue();
        assertThat((Boolean) api.get("/ledger/ops/consistency").json("$.consistent"))
                .isTrue();
        assertThat(schemas(repair.json("$.schema"))).isEmpty();
    }

    @Test
    void aCancelledRepairEndsCancelledAndLeavesTheLiveTablesAsTheyWere() throws Exception {
        jdbc.update("UPDATE inventories SET total = 999 WHERE resource_class = 'MEMORY_MB'");
        Reply started;
        String location;
        try (Connection reader = dataSource.getConnection()) {
            // a long reader of a live table: the swap cannot take it, waits and tries again until cancelled
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement()) {
                statement.execute("LOCK TABLE inventories IN ACCESS SHARE MODE");
            }
            started = api.post(PATH + "?repair=true", "");
            location = path(started);
            Reply swapping = awaitPhase(location, "swapping");
            assertThat((Object) swapping.json("$.events_done")).isEqualTo(swapping.json("$.events_total"));

            Reply cancelling = api.delete(location);
            assertThat(cancelling.status()).isEqualTo(202);
            assertThat((Boolean) cancelling.json("$.cancel_requested")).isTrue();
            awaitState(location, "cancelled");
            reader.rollback();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inventories WHERE total = 999", Integer.class))
                .isEqualTo(1);
        assertThat(schemas("rebuild_%")).isEmpty();
        Reply next = api.post(PATH, ""); // the lease was given back
        assertThat(next.status()).isEqualTo(202);
        awaitState(path(next), "succeeded");
    }

    /** The job's Location, as a path on this server. */
    private static String path(Reply started) {
        return URI.create(started.header("Location")).getPath();
    }

    @Test
    void whileARebuildRunsOnOneNodeAnotherNodeRefusesToStartOne() throws Exception {
        jdbc.update("UPDATE inventories SET total = 999 WHERE resource_class = 'MEMORY_MB'");
        try (LedgerNode other = LedgerNode.start(new String[] {"test"});
                Connection reader = dataSource.getConnection()) {
            PlacementClient otherApi = other.admin();
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement()) {
                statement.execute("LOCK TABLE inventories IN ACCESS SHARE MODE"); // holds this node's repair
            }
            String location = path(api.post(PATH + "?repair=true", ""));
            awaitPhase(location, "swapping");

            Reply refused = otherApi.post(PATH, "");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

            api.delete(location);
            awaitState(location, "cancelled");
            reader.rollback();
            Reply started = otherApi.post(PATH + "?wait=true", "");
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            assertThat((Boolean) started.json("$.equal")).isFalse(); // the drift is still there: nothing was swapped
        }
    }

    private Reply awaitState(String location, String state) {
        return awaitJob(location, "$.state", state);
    }

    private Reply awaitPhase(String location, String phase) {
        return awaitJob(location, "$.phase", phase);
    }

    /** Reads the job at {@code location} until its field at {@code path} is {@code expected}; returns that read. */
    private Reply awaitJob(String location, String path, String expected) {
        Reply[] last = new Reply[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            last[0] = api.get(location);
            assertThat((String) last[0].json(path)).as(last[0].toString()).isEqualTo(expected);
        });
        return last[0];
    }

    private List<String> schemas(String like) {
        return jdbc.queryForList(
                "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE ?", String.class, like);
    }
}
