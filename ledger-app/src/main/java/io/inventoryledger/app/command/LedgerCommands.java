package io.inventoryledger.app.command;

import io.inventoryledger.app.system.LedgerMetaData;
import io.inventoryledger.app.system.NodeIdentity;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.PlacementRequest;
import io.inventoryledger.projections.candidateindex.CandidateIndex;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Sends commands with the request's context (request id, principal, time, node), which their events inherit. */
@Component
public class LedgerCommands {
    private final CommandGateway gateway;
    private final CandidateIndex candidateIndex;
    private final NodeIdentity node;

    LedgerCommands(CommandGateway gateway, CandidateIndex candidateIndex, NodeIdentity node) {
        this.gateway = gateway;
        this.candidateIndex = candidateIndex;
        this.node = node;
    }

    /** Sends and waits; then brings this node's candidate index up to date with what the command committed. */
    public <R> R send(Object command) {
        try {
            return gateway.sendAndWait(command, MetaData.from(context()));
        } finally {
            candidateIndex.refreshDeferred();
        }
    }

    private Map<String, Object> context() {
        Map<String, Object> meta = new HashMap<>();
        meta.put(LedgerMetaData.REQUESTED_AT, Instant.now().toString());
        meta.put(LedgerMetaData.NODE, node.id());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            meta.put(LedgerMetaData.REQUEST_ID, PlacementRequest.requestId(request));
            Caller caller = PlacementRequest.caller(request);
            if (caller != null) {
                meta.put(LedgerMetaData.PRINCIPAL, caller.userId());
                meta.put(LedgerMetaData.PROJECT, caller.projectId());
            }
        }
        meta.values().removeIf(java.util.Objects::isNull);
        return meta;
    }
}
