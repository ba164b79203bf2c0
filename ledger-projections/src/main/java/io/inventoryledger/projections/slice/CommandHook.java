package io.inventoryledger.projections.slice;

/**
 * A read model's step around each command this node sends, for state that lives outside the command's
 * transaction (an in-memory index): told before the command is sent and again once it has returned or failed,
 * when its transaction has committed and its aggregate locks are released, before the caller answers.
 */
public interface CommandHook {
    void beforeCommand(String commandId);

    void afterCommand(String commandId);
}
