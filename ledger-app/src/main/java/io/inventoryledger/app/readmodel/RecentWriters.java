package io.inventoryledger.app.readmodel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inventoryledger.app.web.Caller;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The users who sent a write to this node within {@code ledger.read-models.own-writes-window}: their reads of an
 * asynchronous read model wait for it to show everything committed (read-your-writes); anyone else's read is
 * answered at once, from the read model as it stands (a dashboard does not queue behind the schedulers' claims).
 */
@Component
public class RecentWriters {
    private final Cache<String, Boolean> writers;

    RecentWriters(@Value("${ledger.read-models.own-writes-window:60s}") Duration window) {
        // bounded: past it the oldest writers are forgotten, and their reads no longer wait
        this.writers = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(100_000)
                .build();
    }

    /** Called as a write begins: it cannot be acknowledged before this is recorded. */
    void writing(Caller caller) {
        if (caller != null && caller.userId() != null) {
            writers.put(caller.userId(), Boolean.TRUE);
        }
    }

    boolean wroteRecently(Caller caller) {
        return caller != null && caller.userId() != null && writers.getIfPresent(caller.userId()) != null;
    }
}
