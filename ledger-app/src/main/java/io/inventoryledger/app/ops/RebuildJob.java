package io.inventoryledger.app.ops;

import io.inventoryledger.projections.rebuild.ProjectionRebuild;
import io.inventoryledger.projections.rebuild.RebuildProgress;
import io.inventoryledger.projections.rebuild.RebuildReport;
import java.time.Instant;

/** One rebuild an operator started on this node: what was asked, how far it is, and how it ended. */
final class RebuildJob {
    enum State {
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    private final String id;
    private final ProjectionRebuild.Options options;
    private final RebuildProgress progress;
    private final Instant startedAt;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile RebuildReport report;
    private volatile String error;

    RebuildJob(String id, ProjectionRebuild.Options options, RebuildProgress progress, Instant startedAt) {
        this.id = id;
        this.options = options;
        this.progress = progress;
        this.startedAt = startedAt;
    }

    String id() {
        return id;
    }

    ProjectionRebuild.Options options() {
        return options;
    }

    RebuildProgress progress() {
        return progress;
    }

    Instant startedAt() {
        return startedAt;
    }

    State state() {
        return state;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    RebuildReport report() {
        return report;
    }

    String error() {
        return error;
    }

    void succeeded(RebuildReport done, Instant at) {
        report = done;
        finish(State.SUCCEEDED, at);
    }

    void failed(String why, Instant at) {
        error = why;
        finish(State.FAILED, at);
    }

    void cancelled(Instant at) {
        finish(State.CANCELLED, at);
    }

    private void finish(State end, Instant at) {
        finishedAt = at;
        state = end;
    }
}
