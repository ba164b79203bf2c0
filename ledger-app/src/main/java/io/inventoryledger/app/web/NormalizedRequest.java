package io.inventoryledger.app.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The request as Placement's handlers see it: no Accept (or {@code *}/{@code *}) means JSON, as
 * Placement's request log middleware decides; and a body that may not grow past the size limit.
 */
final class NormalizedRequest extends HttpServletRequestWrapper {
    private static final String ACCEPT = "Accept";
    private final long maxBodyBytes;
    private ServletInputStream limited;

    NormalizedRequest(HttpServletRequest request, long maxBodyBytes) {
        super(request);
        this.maxBodyBytes = maxBodyBytes;
    }

    private boolean acceptsAnything() {
        String accept = super.getHeader(ACCEPT);
        return accept == null || accept.isBlank() || accept.trim().equals("*/*");
    }

    @Override
    public String getHeader(String name) {
        return ACCEPT.equalsIgnoreCase(name) && acceptsAnything() ? "application/json" : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return ACCEPT.equalsIgnoreCase(name) && acceptsAnything()
                ? Collections.enumeration(java.util.List.of("application/json"))
                : super.getHeaders(name);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limited == null) {
            limited = new Limited(super.getInputStream(), maxBodyBytes);
        }
        return limited;
    }

    /** Counts what is read and refuses to read past the limit (for bodies sent without a length). */
    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long read;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
