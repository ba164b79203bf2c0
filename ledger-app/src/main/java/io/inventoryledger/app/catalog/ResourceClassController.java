package io.inventoryledger.app.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import io.inventoryledger.core.resourceclass.ResourceClassCommand.CreateResourceClass;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.DeleteResourceClass;
import io.inventoryledger.core.resourceclass.ResourceClassCommand.RenameResourceClass;
import io.inventoryledger.core.resourceclass.StandardResourceClasses;
import io.inventoryledger.projections.catalog.CatalogEntry;
import io.inventoryledger.projections.catalog.CatalogQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Placement's resource class routes (1.2+): the standard classes plus the ledger's custom ones. */
@RestController
@Since(2)
class ResourceClassController {
    private final LedgerCommands commands;
    private final CatalogQueries catalog;
    private final PolicyEnforcer policy;

    ResourceClassController(LedgerCommands commands, CatalogQueries catalog, PolicyEnforcer policy) {
        this.commands = commands;
        this.catalog = catalog;
        this.policy = policy;
    }

    /** 200 with every class, standard first; 403. */
    @GetMapping(value = "/resource_classes", produces = "application/json")
    ResponseEntity<Map<String, Object>> list(Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_CLASSES_LIST);
        List<Map<String, Object>> classes = new ArrayList<>();
        StandardResourceClasses.NAMES.forEach(name -> classes.add(ResourceClassJson.of(name)));
        catalog.customResourceClasses().forEach(rc -> classes.add(ResourceClassJson.of(rc.name())));
        // standard classes are as old as the running code: "now", as Placement answers
        return CacheHeaders.apply(ResponseEntity.ok(), version, Instant.now())
                .body(Map.of("resource_classes", classes));
    }

    /** 201 with Location; 400 bad body or name; 409 the class exists. */
    @PostMapping("/resource_classes")
    ResponseEntity<Void> create(@RequestBody JsonNode body, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_CLASSES_CREATE);
        String name = PlacementSchemas.requireValid(body, RequestSchema.RESOURCE_CLASS_POST, version)
                .get("name")
                .asText();
        try {
            commands.send(new CreateResourceClass(name, true));
        } catch (ConcurrencyException lostRace) {
            throw conflicting(name);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, ResourceClassJson.location(name))
                .build();
    }

    /** 200 with the class; 404 when unknown. */
    @GetMapping(value = "/resource_classes/{name}", produces = "application/json")
    ResponseEntity<Map<String, Object>> show(@PathVariable String name, Microversion version, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_CLASSES_SHOW);
        Instant lastModified = Instant.now();
        if (!StandardResourceClasses.isStandard(name)) {
            Optional<CatalogEntry> custom = catalog.customResourceClass(name);
            lastModified = custom.orElseThrow(
                            () -> PlacementHttpException.notFound("No such resource class " + name + "."))
                    .updatedAt();
        }
        return CacheHeaders.apply(ResponseEntity.ok(), version, lastModified).body(ResourceClassJson.of(name));
    }

    /**
     * 1.7+: create-or-verify, 201 created or 204 existing (with Location), 400 not a custom name.
     * 1.2–1.6: rename, 200 with the class; 400 bad body or standard class; 404; 409 name taken or in use.
     */
    @PutMapping("/resource_classes/{name}")
    ResponseEntity<?> update(
            @PathVariable String name,
            @RequestBody(required = false) JsonNode body,
            Microversion version,
            Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_CLASSES_UPDATE);
        if (version.isAtLeast(7)) {
            // As Placement: the name in the path is checked as if it had come in a body.
            PlacementSchemas.requireValid(
                    JsonNodeFactory.instance.objectNode().put("name", name), RequestSchema.RESOURCE_CLASS_PUT, version);
            boolean created;
            try {
                created = commands.<Boolean>send(new CreateResourceClass(name, false));
            } catch (ConcurrencyException createdMeanwhile) {
                created = false;
            }
            return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.NO_CONTENT)
                    .header(HttpHeaders.LOCATION, ResourceClassJson.location(name))
                    .build();
        }
        if (body == null) {
            throw PlacementHttpException.badRequest("Malformed JSON: the body is empty.");
        }
        String newName = PlacementSchemas.requireValid(body, RequestSchema.RESOURCE_CLASS_PUT, version)
                .get("name")
                .asText();
        try {
            commands.send(new RenameResourceClass(name, newName));
        } catch (ConcurrencyException lostRace) {
            throw new PlacementHttpException(HttpStatus.CONFLICT, "Resource class already exists: " + newName);
        }
        return ResponseEntity.ok().body(ResourceClassJson.of(newName));
    }

    /** 204; 400 a standard class; 404 unknown; 409 in use by an inventory. */
    @DeleteMapping("/resource_classes/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, Caller caller) {
        policy.authorize(caller, PlacementRules.RESOURCE_CLASSES_DELETE);
        commands.send(new DeleteResourceClass(name));
        return ResponseEntity.noContent().build();
    }

    private static PlacementHttpException conflicting(String name) {
        return new PlacementHttpException(HttpStatus.CONFLICT, "Conflicting resource class already exists: " + name);
    }
}
