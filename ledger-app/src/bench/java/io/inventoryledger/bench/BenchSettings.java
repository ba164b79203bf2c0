package io.inventoryledger.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark's knobs, as {@code key=value} arguments (Maven: {@code -Dbench.args="duration=10 w1.providers=200"}).
 * Every default is the default size; {@link #describe()} prints the values a run used.
 */
final class BenchSettings {
    private static final Map<String, String> DEFAULTS = new TreeMap<>(Map.ofEntries(
            Map.entry("workloads", "W1,W2,W3,W4,W5"),
            Map.entry("targets", "ours,placement"),
            Map.entry("duration", "60"),
            Map.entry("microversion", "1.28"),
            Map.entry("setup.threads", "16"),
            Map.entry("w1.providers", "1000"),
            Map.entry("w1.schedulers", "32"),
            Map.entry("w1.keep", "16"),
            // off: claims only (the W1); on: each scheduler also releases its oldest once it holds w1.keep
            Map.entry("w1.releases", "off"),
            Map.entry("w2.capacity", "100000"),
            Map.entry("w2.claim", "10"),
            Map.entry("w2.clients", "32"),
            Map.entry("w2.max-seconds", "600"),
            Map.entry("w3.clients", "32"),
            Map.entry("w3.providers-per-client", "4"),
            // W7 history (the "W6 history"; W6 is the dashboard's): the parts to run (state: time travel;
            // the change feed adds its own)
            Map.entry("w7.parts", "state"),
            Map.entry("w7.events", "10000"),
            Map.entry("w7.clients", "16"),
            Map.entry("w7.samples", "2000"),
            Map.entry("w7.p50-ms", "10"),
            // warm-ups: at most this long, ended once three windows in a row agree within the tolerance
            Map.entry("w1.warmup", "240"),
            Map.entry("w2.warmup", "240"),
            // W6F (W6's change-feed parts): feed = export of a seeded store; sse = live subscribers while W1 runs;
            // chain = W1 with and without the event links
            Map.entry("w6.feed-parts", "feed,sse,chain"),
            Map.entry("w6.feed-events", "1000000"),
            Map.entry("w6.feed-min-rate", "50000"),
            Map.entry("w6.subscribers", "100"),
            // chain: rounds of two W1 runs (links on and off, the order alternating from round to round), each with a
            // fixed warm-up of w6.chain-warmup s after one W1 run that warms the JVM up and is not counted; then
            // w6.chain-sample appends timed inside PostgreSQL with the trigger (EXPLAIN ANALYZE, rolled back)
            Map.entry("w6.chain-rounds", "2"),
            Map.entry("w6.chain-warmup", "20"),
            Map.entry("w6.chain-sample", "5000"),
            Map.entry("w6.chain-max-cost", "0.05"),
            Map.entry("warmup.window", "10"),
            Map.entry("warmup.tolerance", "0.05"),
            Map.entry("w4.events", "1000000"),
            Map.entry("w4.path", "/ledger/projections/rebuild?wait=true"),
            Map.entry("w4.template-providers", "100"),
            Map.entry("w4.template-updates", "8"),
            Map.entry("w6.providers", "10000"),
            Map.entry("w6.aggregates", "50"),
            Map.entry("w6.consumers", "100000"),
            // consumers per seeding POST /allocations: 100 took more than the driver's 60 s on a saturated machine
            Map.entry("w6.batch", "20"),
            Map.entry("w6.schedulers", "16"),
            Map.entry("w6.readers", "4"),
            Map.entry("w5.variants", "flat,nested"),
            Map.entry("w5.providers", "10000"),
            Map.entry("w5.trees", "1000"),
            Map.entry("w5.clients", "10,100"),
            Map.entry("w5.seconds", "20"),
            Map.entry("w5.warmup", "30"),
            Map.entry("w5.limit", "100"),
            Map.entry("w5.microversion", "1.39"),
            Map.entry("w5.check-every", "20"),
            Map.entry("w5.seed-threads", "16"),
            Map.entry("w5.seed-max-seconds", "1800"),
            // flat100k and nested70k: a template through the API, cloned in the event store and read model
            Map.entry("w5.bulk-providers", "100000"),
            Map.entry("w5.bulk-trees", "10000"),
            Map.entry("w5.bulk-template-providers", "1000"),
            Map.entry("w5.bulk-template-trees", "100"),
            // W1's claim storm beside the queries (0: none)
            Map.entry("w5.storm-schedulers", "8"),
            Map.entry("w5.storm-keep", "16"),
            // a second node of ours on the same database, probed for how soon it shows the first node's writes
            Map.entry("w5.second-node", "on"),
            Map.entry("ours.port", "8795"),
            // keystone: our service validates tokens with a throw-away Keystone (scripts/keystone-sandbox.sh), the
            // load carries a system admin's Keystone token; noauth2: the token "admin"
            Map.entry("ours.auth", "noauth2"),
            Map.entry("ours.db", "ledger_bench_svc"),
            // more JIT threads than the JVM gives two CPUs (one C1, one C2): under load the compiler threads get
            // a small share of the CPUs and the service takes minutes to reach its speed
            Map.entry("ours.jvm", "-Xmx2g|-XX:CICompilerCount=6"),
            // launcher: started as the README says (target/ledger/bin/ledger beside the jar: the extracted jar with
            // its class data sharing archive; ours.jvm passed as JAVA_OPTS); jar: java -jar on the fat jar
            Map.entry("ours.launch", "launcher"),
            Map.entry("ours.db-pool", "40"),
            Map.entry("pg.host", "127.0.0.1"),
            Map.entry("pg.port", "5432"),
            Map.entry("pg.user", "root"),
            // on: autovacuum on for the run (as any production PostgreSQL), restored afterwards; leave: as found
            Map.entry("pg.autovacuum", "on"),
            Map.entry("placement.url", "http://127.0.0.1:8778"),
            Map.entry("placement.leave-running", "false"),
            Map.entry("placement.script", "/work/shared/placement/reference/placement-ref.sh"),
            Map.entry("pgbench.db", "ledger_bench_pgbench"),
            Map.entry("pgbench.seconds", "10"),
            Map.entry("pgbench.clients", "32")));

    private final Map<String, String> values;

    private BenchSettings(Map<String, String> values) {
        this.values = values;
    }

    static BenchSettings from(String[] args) {
        Map<String, String> values = new TreeMap<>(DEFAULTS);
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected key=value, got '" + arg + "'");
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return new BenchSettings(values);
    }

    /** These settings with some changed (a workload that runs another one its own way). */
    BenchSettings with(Map<String, String> changes) {
        Map<String, String> changed = new TreeMap<>(values);
        changed.putAll(changes);
        return new BenchSettings(changed);
    }

    String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return value;
    }

    int integer(String key) {
        return Integer.parseInt(text(key));
    }

    double decimal(String key) {
        return Double.parseDouble(text(key));
    }

    Duration seconds(String key) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text(key)) * 1000));
    }

    List<String> list(String key) {
        return Arrays.stream(text(key).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** JVM options are separated by '|' so that one option may itself hold commas (JFR's). */
    List<String> jvmOptions(String key) {
        return Arrays.stream(text(key).split("\\|"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    String describe() {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(k).append('=').append(v).append(' '));
        return out.toString().trim();
    }
}
