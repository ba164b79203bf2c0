package io.inventoryledger.app.catalog;

import io.inventoryledger.app.command.LedgerCommands;
import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.core.trait.TraitCommand.CreateTrait;
import io.inventoryledger.core.trait.TraitCommand.DeleteTrait;
import io.inventoryledger.projections.catalog.CatalogEntry;
import io.inventoryledger.projections.catalog.CatalogQueries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Placement's trait routes (1.6+): the standard traits plus the ledger's custom ones. */
@RestController
@Since(6)
class TraitController {
    private final LedgerCommands commands;
    private final CatalogQueries catalog;
    private final PolicyEnforcer policy;

    TraitController(LedgerCommands commands, CatalogQueries catalog, PolicyEnforcer policy) {
        this.commands = commands;
        this.catalog = catalog;
        this.policy = policy;
    }

    /** 200 with the matching trait names, sorted; 400 bad filter; 403. */
    @GetMapping(value = "/traits", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(
            @RequestParam MultiValueMap<String, String> parameters, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.TRAITS_LIST);
        Map<String, String> query =
                PlacementSchemas.requireValidQuery(parameters, RequestSchema.TRAITS_QUERY, version.minor());
        Predicate<String> wanted = TraitNameFilter.parse(query.get("name"));
        String associated = query.get("associated");
        if (associated != null) {
            if (!Set.of("true", "false").contains(associated.toLowerCase())) {
                throw PlacementHttpException.badRequest(
                        "The query parameter \"associated\" only accepts \"true\" or \"false\"");
            }
            Set<String> inUse = catalog.associatedTraits();
            boolean want = associated.equalsIgnoreCase("true");
            wanted = wanted.and(name -> inUse.contains(name) == want);
        }
        List<CatalogEntry> custom = catalog.customTraits();
        TreeSet<String> names = new TreeSet<>(StandardTraits.NAMES);
        custom.forEach(trait -> names.add(trait.name()));
        Instant lastModified = CacheHeaders.newest(custom, CatalogEntry::createdAt);
        return CacheHeaders.apply(ResponseEntity.ok(), version, lastModified)
                .body(Map.of("traits", names.stream().filter(wanted).toList()));
    }

    /** 201 created or 204 existing, with Location; 400 not a custom trait name. */
    @PutMapping("/traits/{name}")
    ResponseEntity<Void> create(@PathVariable String name, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.TRAITS_UPDATE);
        boolean created;
        try {
            created = commands.<Boolean>send(new CreateTrait(name));
        } catch (ConcurrencyException createdMeanwhile) {
            created = false;
        }
        Instant lastModified =
                catalog.customTrait(name).map(CatalogEntry::createdAt).orElse(Instant.now());
        return CacheHeaders.apply(
                        ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.NO_CONTENT)
                                .header(HttpHeaders.LOCATION, "/traits/" + name),
                        version,
                        lastModified)
                .build();
    }

    /** 204 when the trait exists; 404 when not. */
    @GetMapping("/traits/{name}")
    ResponseEntity<Void> show(@PathVariable String name, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.TRAITS_SHOW);
        Instant createdAt = Instant.now();
        if (!StandardTraits.isStandard(name)) {
            createdAt = catalog.customTrait(name)
                    .map(CatalogEntry::createdAt)
                    .orElseThrow(() -> PlacementHttpException.notFound("No such trait(s): " + name + "."));
        }
        return CacheHeaders.apply(ResponseEntity.status(HttpStatus.NO_CONTENT), version, createdAt)
                .build();
    }

    /** 204; 400 a standard trait; 404 unknown; 409 associated with a provider. */
    @DeleteMapping("/traits/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, Caller caller) {
        policy.authorize(caller, PlacementRules.TRAITS_DELETE);
        commands.send(new DeleteTrait(name));
        return ResponseEntity.noContent().build();
    }
}
