package io.inventoryledger.app.history;

/**
 * The query values of a time-travel read, as given: a {@code generation} (of an {@code incarnation}, the last by
 * default) or an instant {@code at}; the controller checks them.
 */
record StateQuery(String generation, String at, String incarnation) {}
