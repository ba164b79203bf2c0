package io.inventoryledger.app.changes;

import io.inventoryledger.projections.feed.ChangeFeed;
import io.inventoryledger.projections.feed.ChangeFilter;
import io.inventoryledger.projections.feed.FeedPosition;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One live subscriber, on a thread of its own: it first reads what it missed (from its Last-Event-ID) straight from
 * the feed, joins the hub, reads on to the head once more, then sends what the hub offers into its bounded buffer,
 * except the changes its own reads already covered. Everything the hub read before the subscriber joined committed
 * before that last read, so nothing is missed, and nothing is sent twice. Every event's id is a feed position to
 * resume from: the subscriber's own while it catches up, then the hub's.
 */
final class ChangeSubscriber implements Runnable {
    private static final int PAGE = 500;

    private final ChangeStreamHub hub;
    private final ChangeFeed feed;
    private final ChangeFilter filter;
    private final FeedPosition start;
    private final SseEmitter emitter;
    private final Duration heartbeat;
    private final BlockingQueue<StreamedChange> buffer;
    private volatile boolean closed;

    /** {@code start}: where to resume, or null to start with the changes from now on. */
    ChangeSubscriber(
            ChangeStreamHub hub,
            ChangeFeed feed,
            ChangeFilter filter,
            FeedPosition start,
            SseEmitter emitter,
            int bufferSize,
            Duration heartbeat) {
        this.hub = hub;
        this.feed = feed;
        this.filter = filter;
        this.start = start;
        this.emitter = emitter;
        this.heartbeat = heartbeat;
        this.buffer = new ArrayBlockingQueue<>(bufferSize);
        emitter.onCompletion(this::close);
        emitter.onError(error -> close());
        emitter.onTimeout(this::close);
    }

    /** Called by the hub's poller: never waits. False (and closed, its buffer freed) when the buffer is full. */
    boolean offer(StreamedChange change) {
        if (closed) {
            return false;
        }
        if (buffer.offer(change)) {
            return true;
        }
        close();
        buffer.clear();
        return false;
    }

    void close() {
        closed = true;
    }

    @Override
    public void run() {
        try {
            // read by itself first, so that a long catch-up does not fill the buffer
            FeedPosition caughtUp = start == null ? null : catchUp(start);
            FeedPosition hubAt = hub.register(this);
            emitter.send(SseEmitter.event().comment("subscribed"));
            FeedPosition covered = caughtUp == null ? hubAt : catchUp(caughtUp);
            while (!closed) {
                StreamedChange change = buffer.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (change == null) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else if (!covered.covers(change.change().globalIndex()) && filter.matches(change.change())) {
                    send(change);
                }
            }
        } catch (IOException | IllegalStateException e) {
            // the subscriber went away (or its emitter completed): nothing to tell anyone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
            hub.remove(this);
            emitter.complete();
        }
    }

    /** Sends the changes after {@code position} up to the head; returns the position there. */
    private FeedPosition catchUp(FeedPosition position) throws IOException {
        ChangeFeed.Page page;
        do {
            page = feed.read(position, filter, PAGE);
            for (var change : page.changes()) {
                send(StreamedChange.of(change));
            }
            position = page.position();
        } while (page.more() && !closed);
        return position;
    }

    private void send(StreamedChange change) throws IOException {
        emitter.send(
                SseEmitter.event().id(change.change().position()).name("change").data(change.json()));
    }
}
