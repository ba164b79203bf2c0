package io.inventoryledger.app.changes;

import io.inventoryledger.projections.feed.ChangeFeed;
import io.inventoryledger.projections.feed.ChangeFilter;
import io.inventoryledger.projections.feed.FeedPosition;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One live subscriber, on a thread of its own: it first reads what it missed (from its Last-Event-ID) straight from
 * the feed, joins the hub, reads on to the head once more, then sends what the hub offers into its bounded buffer,
 * except the changes its own reads already covered. Everything the hub read before the subscriber joined committed
 * before that last read, so nothing is missed, and nothing is sent twice. Every event's id is a feed position to
 * resume from: the subscriber's own while it catches up, then the hub's. Whatever is ready when the subscriber wakes
 * (a poll's changes, or more when it fell behind) goes out in one write and one flush.
 */
final class ChangeSubscriber implements Runnable {
    private static final int PAGE = 500;

    private final ChangeStreamHub hub;
    private final ChangeFeed feed;
    private final ChangeFilter filter;
    private final FeedPosition start;
    private final SseEmitter emitter;
    private final int bufferSize;
    private final long heartbeatNanos;
    private final BlockingQueue<List<StreamedChange>> buffer = new LinkedBlockingQueue<>();
    private final AtomicInteger buffered = new AtomicInteger();
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
        this.bufferSize = bufferSize;
        this.heartbeatNanos = heartbeat.toNanos();
        emitter.onCompletion(this::close);
        emitter.onError(error -> close());
        emitter.onTimeout(this::close);
    }

    /**
     * Called by the hub's poller with the changes of one read (shared by every subscriber): never waits. False (and
     * closed, its buffer freed) when they do not fit in the buffer.
     */
    boolean offer(List<StreamedChange> changes) {
        if (closed) {
            return false;
        }
        if (buffered.addAndGet(changes.size()) <= bufferSize) {
            buffer.add(changes);
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
            SseFrames.send(emitter, SseFrames.comment("subscribed"));
            FeedPosition covered = caughtUp == null ? hubAt : catchUp(caughtUp);
            List<List<StreamedChange>> ready = new ArrayList<>();
            StringBuilder frames = new StringBuilder(1 << 14);
            long lastWrite = System.nanoTime();
            while (!closed) {
                long wait = heartbeatNanos - (System.nanoTime() - lastWrite);
                List<StreamedChange> first = wait > 0 ? buffer.poll(wait, TimeUnit.NANOSECONDS) : null;
                if (first == null) {
                    if (System.nanoTime() - lastWrite >= heartbeatNanos) {
                        SseFrames.send(emitter, SseFrames.comment("heartbeat"));
                        lastWrite = System.nanoTime();
                    }
                    continue;
                }
                ready.add(first);
                buffer.drainTo(ready);
                frames.setLength(0);
                for (List<StreamedChange> changes : ready) {
                    buffered.addAndGet(-changes.size());
                    for (StreamedChange change : changes) {
                        if (!covered.covers(change.change().globalIndex()) && filter.matches(change.change())) {
                            frames.append(change.event());
                        }
                    }
                }
                ready.clear();
                if (!frames.isEmpty()) {
                    SseFrames.send(emitter, frames);
                    lastWrite = System.nanoTime();
                }
                if (frames.capacity() > 1 << 20) {
                    frames = new StringBuilder(1 << 14); // a burst's worth: do not keep it
                }
            }
        } catch (IOException | IllegalStateException e) {
            // the subscriber went away (or its emitter completed): nothing to tell anyone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed = true;
            buffer.clear();
            hub.remove(this);
            emitter.complete();
        }
    }

    /** Sends the changes after {@code position} up to the head, a page per write; returns the position there. */
    private FeedPosition catchUp(FeedPosition position) throws IOException {
        ChangeFeed.Page page;
        StringBuilder frames = new StringBuilder(1 << 14);
        do {
            page = feed.read(position, filter, PAGE);
            frames.setLength(0);
            for (var change : page.changes()) {
                frames.append(StreamedChange.of(change).event());
            }
            if (!frames.isEmpty()) {
                SseFrames.send(emitter, frames);
            }
            position = page.position();
        } while (page.more() && !closed);
        return position;
    }
}
