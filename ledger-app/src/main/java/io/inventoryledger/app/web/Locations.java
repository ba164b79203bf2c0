package io.inventoryledger.app.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;

/** Location headers as webob sends them: absolute, on the host and scheme the client called. */
public final class Locations {
    private Locations() {
    }

    public static URI of(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUri();
    }
}
