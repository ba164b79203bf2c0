package io.inventoryledger.app.request;

/** Which traits exist (standard and custom): a query naming any other trait is refused. */
@FunctionalInterface
public interface KnownTraits {
    boolean exists(String trait);
}
