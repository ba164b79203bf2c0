package io.inventoryledger.core.provider;

import io.inventoryledger.core.error.LedgerException;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches a refusal by its stable error code. */
final class CodeMatcher extends TypeSafeMatcher<LedgerException> {
    private final String code;

    CodeMatcher(String code) {
        this.code = code;
    }

    @Override
    protected boolean matchesSafely(LedgerException refusal) {
        return code.equals(refusal.code());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal with code ").appendValue(code);
    }
}
