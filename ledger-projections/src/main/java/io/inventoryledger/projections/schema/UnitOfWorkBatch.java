package io.inventoryledger.projections.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Rows a store was asked to write during the running unit of work (a processor's batch of events), kept to be
 * written together, in few statements, when that unit of work commits, or earlier when the store is asked
 * anything else (so that it answers as if each had been written at once). Outside a unit of work there is no
 * batch: the store writes at once.
 */
public final class UnitOfWorkBatch<T> {
    private final List<T> pending = new ArrayList<>();
    private final Consumer<List<T>> writer;

    private UnitOfWorkBatch(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    /**
     * The batch named {@code name} of the running unit of work, registered to be written by {@code writer} when
     * it commits; null outside a unit of work. Stores that share a name share the batch.
     */
    public static <T> UnitOfWorkBatch<T> current(String name, Consumer<List<T>> writer) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unit = CurrentUnitOfWork.get();
        return unit.getOrComputeResource(UnitOfWorkBatch.class.getName() + "/" + name, key -> {
            UnitOfWorkBatch<T> batch = new UnitOfWorkBatch<>(writer);
            unit.onPrepareCommit(u -> batch.write());
            return batch;
        });
    }

    /** Writes the batch named {@code name} of the running unit of work now, if it holds anything. */
    public static void writeNow(String name) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWorkBatch<?> batch =
                    CurrentUnitOfWork.get().getResource(UnitOfWorkBatch.class.getName() + "/" + name);
            if (batch != null) {
                batch.write();
            }
        }
    }

    public void add(T row) {
        pending.add(row);
    }

    private void write() {
        if (!pending.isEmpty()) {
            List<T> rows = List.copyOf(pending);
            pending.clear();
            writer.accept(rows);
        }
    }
}
