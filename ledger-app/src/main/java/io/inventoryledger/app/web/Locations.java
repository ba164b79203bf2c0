package io.inventoryledger.app.web;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Location headers as webob sends them: absolute, on the host and scheme the client called. */
public final class Locations {
    private Locations() {}

    public static URI of(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build()
                .toUri();
    }
}
