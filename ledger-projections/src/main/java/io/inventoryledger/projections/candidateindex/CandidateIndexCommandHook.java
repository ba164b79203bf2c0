package io.inventoryledger.projections.candidateindex;

import io.inventoryledger.projections.slice.CommandHook;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brings this node's candidate index up to date with what a command committed, once the command has returned: the
 * next query on this node sees the write. Refreshing inside the command's after-commit phase instead would wait
 * for the index's lock (and a connection) while the command still holds its aggregate locks, which other
 * commands' transactions may be waiting for. What each command touched is kept by its message id, from
 * {@link #beforeCommand} until {@link #afterCommand}; a command nobody announced is refreshed at its commit.
 */
public class CandidateIndexCommandHook implements CommandHook {
    private final CandidateIndex index;
    private final Map<String, Touched> waiting = new ConcurrentHashMap<>();

    public CandidateIndexCommandHook(CandidateIndex index) {
        this.index = index;
    }

    @Override
    public void beforeCommand(String commandId) {
        waiting.put(commandId, new Touched());
    }

    /** The command's transaction committed, touching {@code touched}. */
    void committed(String commandId, Touched touched) {
        Touched pending = waiting.get(commandId);
        if (pending == null) {
            touched.applyTo(index);
        } else {
            pending.add(touched);
        }
    }

    @Override
    public void afterCommand(String commandId) {
        Touched pending = waiting.remove(commandId);
        if (pending != null) {
            pending.applyTo(index);
        }
    }

    /** Commands sent and not returned yet: none once every command has returned, whatever its outcome. */
    public int pending() {
        return waiting.size();
    }
}
