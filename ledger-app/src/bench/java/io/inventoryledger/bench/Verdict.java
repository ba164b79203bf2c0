package io.inventoryledger.bench;

/** The correctness verdict of one workload run. */
record Verdict(Outcome outcome, String detail) {
    enum Outcome {
        PASS,
        FAIL,
        NOT_AVAILABLE
    }

    static Verdict pass(String detail) {
        return new Verdict(Outcome.PASS, detail);
    }

    static Verdict fail(String detail) {
        return new Verdict(Outcome.FAIL, detail);
    }

    static Verdict notAvailable(String why) {
        return new Verdict(Outcome.NOT_AVAILABLE, why);
    }

    String label() {
        return outcome == Outcome.NOT_AVAILABLE ? "not available" : outcome.name();
    }
}
