package io.inventoryledger.app.root;

import io.inventoryledger.app.web.Microversion;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** GET /: the version document; needs no authentication. */
@RestController
class RootController {
    @GetMapping("/")
    Map<String, Object> versions() {
        return Map.of("versions", List.of(Map.of(
                "id", "v1.0",
                "min_version", Microversion.MIN.toString(),
                "max_version", Microversion.MAX.toString(),
                "status", "CURRENT",
                "links", List.of(Map.of("rel", "self", "href", "")))));
    }
}
