package io.inventoryledger.app.root;

import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Microversion;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Placement's handlers/root.py: the version document; needs no authentication. */
@RestController
class RootController {
    /** 200 with the version document, in JSON whatever the Accept header says (as Placement). */
    @GetMapping("/")
    ResponseEntity<Map<String, Object>> home(Microversion version) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", "v" + Microversion.MIN);
        document.put("max_version", Microversion.MAX.toString());
        document.put("min_version", Microversion.MIN.toString());
        document.put("status", "CURRENT");
        // relative on purpose, as Placement: the service never needs to know its public address
        document.put("links", List.of(Map.of("rel", "self", "href", "")));
        return CacheHeaders.apply(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON), version, Instant.now())
                .body(Map.of("versions", List.of(document)));
    }
}
