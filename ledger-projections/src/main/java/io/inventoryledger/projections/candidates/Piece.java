package io.inventoryledger.projections.candidates;

/**
 * How one request group could be satisfied in the tree of {@code anchor}: entry i takes
 * {@code amounts[i]} of {@code classIds[i]} from {@code providers[i]}; {@code mapped} lists the
 * distinct providers that satisfied the group (one for a granular group, even a resourceless one).
 */
record Piece(int anchor, int[] providers, int[] classIds, long[] amounts, int[] mapped) {

    static Piece single(int anchor, int provider, ResolvedGroup group) {
        int[] providers = new int[group.classIds.length];
        java.util.Arrays.fill(providers, provider);
        return new Piece(anchor, providers, group.classIds, group.amounts, new int[] {provider});
    }
}
