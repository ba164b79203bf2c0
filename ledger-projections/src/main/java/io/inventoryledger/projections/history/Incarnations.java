package io.inventoryledger.projections.history;

import io.inventoryledger.core.consumer.ConsumerStreamId;
import io.inventoryledger.core.provider.ProviderStreamId;
import io.inventoryledger.projections.schema.ReadModelTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** How many lives a provider or consumer uuid has had (the read model remembers the last), and their streams. */
public class Incarnations {
    private final JdbcTemplate jdbc;
    private final String providers;
    private final String consumers;

    public Incarnations(JdbcTemplate jdbc, ReadModelTables tables) {
        this.jdbc = jdbc;
        this.providers = tables.of("provider_incarnations");
        this.consumers = tables.of("consumer_incarnations");
    }

    /** The last incarnation of a provider uuid; 0 when it never was one. */
    public int ofProvider(UUID uuid) {
        return last(providers, uuid);
    }

    /** The last incarnation of a consumer uuid; 0 when it never was one. */
    public int ofConsumer(UUID uuid) {
        return last(consumers, uuid);
    }

    /** Every stream of every incarnation of the provider: its own and its profile stream. */
    List<String> providerStreams(UUID uuid) {
        List<String> streams = new ArrayList<>();
        for (int i = 1; i <= ofProvider(uuid); i++) {
            String stream = ProviderStreamId.of(uuid, i);
            streams.add(stream);
            streams.add(ProviderStreamId.profileOf(stream));
        }
        return streams;
    }

    /** Every stream of every incarnation of these consumers. */
    List<String> consumerStreams(Collection<UUID> uuids) {
        List<String> streams = new ArrayList<>();
        for (UUID consumer : uuids) {
            for (int i = 1; i <= ofConsumer(consumer); i++) {
                streams.add(ConsumerStreamId.of(consumer, i));
            }
        }
        return streams;
    }

    private int last(String table, UUID uuid) {
        List<Integer> found =
                jdbc.queryForList("SELECT incarnation FROM " + table + " WHERE uuid = ?", Integer.class, uuid);
        return found.isEmpty() ? 0 : found.get(0);
    }
}
