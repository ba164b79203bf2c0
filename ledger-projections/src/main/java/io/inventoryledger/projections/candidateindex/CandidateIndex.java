package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.projections.candidates.ProviderWorld;
import io.inventoryledger.projections.candidates.ProviderWorldEditor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The candidate engine's in-memory {@link ProviderWorld} of this node, kept current from the read tables.
 * Every update re-reads the touched providers from the tables ("reload these providers"), so applying
 * the same change twice, or late, is harmless. Updates are serialised (read and apply under one lock, so
 * a later update never applies older rows) and coalesced: callers that arrive while an update runs are
 * served together by the next one. Readers take {@link #world()} without locking.
 */
public class CandidateIndex {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateIndex.class);

    private final CandidateIndexQueries queries;
    private final ReentrantLock updating = new ReentrantLock();
    private final Object pendingGuard = new Object();
    private volatile ProviderWorld world = ProviderWorld.EMPTY;
    private volatile Instant loadedAt = Instant.EPOCH;
    /** The first full load when it runs beside the start ({@link #loadInBackground()}); done when null. */
    private volatile Thread firstLoad;
    /** Consumer → the providers it held when last read, to refresh what a later write releases. */
    private Map<UUID, Set<UUID>> consumerProviders = new HashMap<>();

    private Set<UUID> pendingProviders = new HashSet<>();
    private Set<UUID> pendingConsumers = new HashSet<>();
    private long nextBatch = 1;
    private volatile long doneBatch;
    private volatile boolean broken;

    public CandidateIndex(CandidateIndexQueries queries) {
        this.queries = queries;
    }

    /** The current snapshot (after the first full load: a reader never sees the empty index of a start). */
    public ProviderWorld world() {
        awaitFirstLoad();
        return world;
    }

    /** When the last full load started: events from shortly before it on must be followed. */
    public Instant loadedAt() {
        awaitFirstLoad();
        return loadedAt;
    }

    /**
     * Starts the first full load on a thread of its own, so that it reads the tables while the rest of the
     * service starts (at 50,000 providers, seconds of mostly waiting for the database); {@link #world()},
     * {@link #loadedAt()} and {@link #awaitFirstLoad()} wait for it.
     */
    public void loadInBackground() {
        Thread load = new Thread(this::reload, "candidate-index-load");
        load.setDaemon(true);
        firstLoad = load;
        load.start();
    }

    /** Returns once the first full load (if one runs in the background) has ended, loaded or failed. */
    public void awaitFirstLoad() {
        Thread load = firstLoad;
        if (load == null) {
            return;
        }
        try {
            load.join();
            firstLoad = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the candidate index loads", e);
        }
    }

    /** Whether a full load has succeeded and no refresh failed since (a failed one reloads at the next update). */
    public boolean isLoaded() {
        return !Instant.EPOCH.equals(loadedAt) && !broken;
    }

    /** Replaces the snapshot with one built from every row of the read tables (also compacts deleted slots). */
    public void reload() {
        updating.lock();
        try {
            reloadLocked();
        } finally {
            updating.unlock();
        }
    }

    /**
     * Brings the given providers, and the providers the given consumers held or hold, up to date with the
     * read tables. Returns once rows read after this call began have been applied (possibly by another
     * caller's update that took these changes along).
     */
    public void refresh(Set<UUID> providers, Set<UUID> consumers) {
        if (providers.isEmpty() && consumers.isEmpty()) {
            return;
        }
        long ticket;
        synchronized (pendingGuard) {
            pendingProviders.addAll(providers);
            pendingConsumers.addAll(consumers);
            ticket = nextBatch;
        }
        updating.lock();
        try {
            if (doneBatch >= ticket) {
                return;
            }
            Set<UUID> batchProviders;
            Set<UUID> batchConsumers;
            long batch;
            synchronized (pendingGuard) {
                batchProviders = pendingProviders;
                batchConsumers = pendingConsumers;
                pendingProviders = new HashSet<>();
                pendingConsumers = new HashSet<>();
                batch = nextBatch++;
            }
            if (broken) {
                reloadLocked();
            } else {
                refreshLocked(batchProviders, batchConsumers);
            }
            doneBatch = batch;
        } finally {
            updating.unlock();
        }
    }

    private void reloadLocked() {
        try {
            Instant started = Instant.now();
            long start = System.nanoTime();
            long cpuStart = threadCpuNanos();
            IndexRows rows = queries.loadAll();
            long read = System.nanoTime();
            ProviderWorldEditor editor = ProviderWorld.builder();
            put(editor, ProviderWorld.EMPTY, rows.providers);
            world = editor.apply();
            consumerProviders = rows.consumerProviders;
            loadedAt = started;
            broken = false;
            // CPU time too: on a busy machine the wall time is mostly waiting for a CPU
            LOG.info(
                    "Candidate index loaded: {} providers in {} ms ({} ms reading the tables, {} ms building; {} ms"
                            + " CPU of the loading thread)",
                    world.providerCount(),
                    (System.nanoTime() - start) / 1_000_000,
                    (read - start) / 1_000_000,
                    (System.nanoTime() - read) / 1_000_000,
                    (threadCpuNanos() - cpuStart) / 1_000_000);
        } catch (RuntimeException failure) {
            broken = true;
            LOG.error("Candidate index: full load from the read tables failed; candidates may be stale", failure);
        }
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private void refreshLocked(Set<UUID> providers, Set<UUID> consumers) {
        ProviderWorld current = world;
        Set<UUID> touched = new HashSet<>(providers);
        consumers.forEach(c -> touched.addAll(consumerProviders.getOrDefault(c, Set.of())));
        try {
            IndexRows rows = queries.load(touched, consumers, (read, asked, ask) -> {
                for (UUID uuid : asked) {
                    ProviderState state = read.providers.get(uuid);
                    if (state == null) {
                        current.childrenOf(uuid).forEach(ask); // a deleted provider's children moved or went too
                    } else if (state.parent != null && !current.contains(state.parent)) {
                        ask.accept(state.parent); // made on another node, not followed yet
                    }
                }
            });
            ProviderWorldEditor editor = current.edit();
            put(editor, current, rows.providers);
            removeGone(editor, current, rows.asked, rows.providers);
            world = editor.apply();
            for (UUID consumer : consumers) {
                Set<UUID> now = rows.consumerProviders.get(consumer);
                if (now == null) {
                    consumerProviders.remove(consumer);
                } else {
                    consumerProviders.put(consumer, now);
                }
            }
        } catch (RuntimeException failure) {
            LOG.warn("Candidate index: refresh of {} providers failed; reloading everything", touched.size(), failure);
            reloadLocked();
        }
    }

    /** Puts providers parents first, then sets their stock, traits and aggregates. */
    private static void put(ProviderWorldEditor editor, ProviderWorld current, Map<UUID, ProviderState> states) {
        Map<UUID, Integer> depth = new HashMap<>();
        for (UUID uuid : states.keySet()) {
            depthOf(uuid, states, depth);
        }
        List<ProviderState> ordered = new ArrayList<>(states.values());
        ordered.sort(Comparator.comparingInt(s -> depth.get(s.uuid)));
        for (ProviderState state : ordered) {
            editor.putProvider(state.uuid, state.parent);
            editor.replaceStock(state.uuid, state.inventories, state.used);
            editor.setTraits(state.uuid, state.traits);
            editor.setAggregates(state.uuid, state.aggregates);
        }
    }

    /** Depth in the new forest among the rows read (a parent outside them counts as a root). */
    private static int depthOf(UUID uuid, Map<UUID, ProviderState> states, Map<UUID, Integer> depth) {
        Integer known = depth.get(uuid);
        if (known != null) {
            return known;
        }
        ProviderState state = states.get(uuid);
        int d = state == null || state.parent == null || !states.containsKey(state.parent)
                ? 0
                : depthOf(state.parent, states, depth) + 1;
        depth.put(uuid, d);
        return d;
    }

    /** Removes providers that were read for and are gone from the tables, deepest first. */
    private static void removeGone(
            ProviderWorldEditor editor, ProviderWorld current, Set<UUID> read, Map<UUID, ProviderState> present) {
        List<UUID> gone = new ArrayList<>();
        for (UUID uuid : read) {
            if (!present.containsKey(uuid) && current.contains(uuid)) {
                gone.add(uuid);
            }
        }
        Map<UUID, Integer> depth = new HashMap<>();
        for (UUID uuid : gone) {
            int d = 0;
            for (UUID p = current.parentOf(uuid); p != null; p = current.parentOf(p)) {
                d++;
            }
            depth.put(uuid, d);
        }
        gone.sort(Comparator.comparingInt((UUID u) -> depth.get(u)).reversed());
        gone.forEach(editor::removeProvider);
    }
}
