package io.inventoryledger.app.support;

/** Request bodies for PUT /allocations/{consumer}, microversion 1.28 and later. */
public final class Claims {
    private Claims() {}

    /** A new consumer's claim of {@code vcpu} VCPU on {@code provider}, for project "p" and user "u". */
    public static String vcpu(String provider, int vcpu) {
        return "{\"allocations\":{\"" + provider + "\":{\"resources\":{\"VCPU\":" + vcpu + "}}},"
                + "\"project_id\":\"p\",\"user_id\":\"u\",\"consumer_generation\":null}";
    }
}
