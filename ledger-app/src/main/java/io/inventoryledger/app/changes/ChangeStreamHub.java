package io.inventoryledger.app.changes;

import io.inventoryledger.projections.feed.ChangeFeed;
import io.inventoryledger.projections.feed.ChangeFilter;
import io.inventoryledger.projections.feed.FeedPosition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one reader of the event store behind every live subscriber of this node: it polls the change feed every
 * {@code ledger.changes.stream.poll-interval} while anyone listens and offers what each read found, rendered once,
 * to every subscriber's bounded buffer (each sends it in one write). Offering never waits: a subscriber whose buffer is full is dropped, so a slow or stalled
 * subscriber costs at most its buffer and never slows the poller, other subscribers, or writers.
 */
@Component
class ChangeStreamHub {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeStreamHub.class);
    private static final int PAGE = 1000;

    private final ChangeFeed feed;
    private final Set<ChangeSubscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "change-stream-poller");
        thread.setDaemon(true);
        return thread;
    });
    private final Counter dropped;
    private FeedPosition position; // guarded by this; null while nobody listens

    ChangeStreamHub(
            ChangeFeed feed,
            MeterRegistry meters,
            @Value("${ledger.changes.stream.poll-interval:50ms}") Duration pollInterval) {
        this.feed = feed;
        this.dropped = Counter.builder("ledger.changes.stream.dropped")
                .description("Live change-stream subscribers dropped because their buffer was full")
                .register(meters);
        meters.gauge("ledger.changes.stream.subscribers", subscribers, Set::size);
        long every = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a subscriber; from the next poll on it is offered every change after the returned position (the hub's
     * position now: the subscriber reads what lies before it by itself).
     */
    synchronized FeedPosition register(ChangeSubscriber subscriber) {
        if (position == null) {
            position = feed.head();
        }
        subscribers.add(subscriber);
        return position;
    }

    void remove(ChangeSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    int subscriberCount() {
        return subscribers.size();
    }

    double droppedCount() {
        return dropped.count();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Change stream poll failed; trying again at the next interval", e);
        }
    }

    private synchronized void poll() {
        if (subscribers.isEmpty()) {
            position = null;
            return;
        }
        ChangeFeed.Page page;
        do {
            page = feed.read(position, ChangeFilter.ALL, PAGE);
            if (!page.changes().isEmpty()) {
                List<StreamedChange> streamed = new ArrayList<>(page.changes().size());
                for (var change : page.changes()) {
                    streamed.add(StreamedChange.of(change));
                }
                offer(Collections.unmodifiableList(streamed));
            }
            position = page.position();
        } while (page.more());
    }

    /** Hands one read's changes to every subscriber, in one piece: each sends them in one write. */
    private void offer(List<StreamedChange> changes) {
        for (ChangeSubscriber subscriber : subscribers) {
            if (!subscriber.offer(changes)) {
                subscribers.remove(subscriber);
                dropped.increment();
                LOG.warn("Dropped a change-stream subscriber ({}): its buffer is full", subscriber);
            }
        }
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        subscribers.forEach(ChangeSubscriber::close);
    }
}
