package io.inventoryledger.app.command;

import io.inventoryledger.app.system.NodeIdentity;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.PlacementRequest;
import io.inventoryledger.core.audit.LedgerMetaData;
import io.inventoryledger.projections.slice.CommandHook;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends commands with the request's context (request id, the authenticated principal: user, project, roles and
 * service user; time, node), which their events inherit, and runs the read models' {@link CommandHook}s around
 * each (the candidate index refreshes what the command committed once it returned, before the caller answers).
 */
@Component
public class LedgerCommands {
    private final CommandGateway gateway;
    private final List<CommandHook> hooks;
    private final NodeIdentity node;

    LedgerCommands(CommandGateway gateway, List<CommandHook> hooks, NodeIdentity node) {
        this.gateway = gateway;
        this.hooks = List.copyOf(hooks);
        this.node = node;
    }

    /** Sends and waits; the hooks are told before, and after it returned or failed. */
    public <R> R send(Object command) {
        CommandMessage<Object> message =
                GenericCommandMessage.asCommandMessage(command).andMetaData(metaData());
        String id = message.getIdentifier();
        hooks.forEach(hook -> hook.beforeCommand(id));
        try {
            return gateway.sendAndWait(message);
        } finally {
            hooks.forEach(hook -> hook.afterCommand(id));
        }
    }

    /** What the events of a command sent now, on this thread, record of its request (for commands sent later). */
    public MetaData metaData() {
        return MetaData.from(context());
    }

    private Map<String, Object> context() {
        Map<String, Object> meta = new HashMap<>();
        meta.put(LedgerMetaData.REQUESTED_AT, Instant.now().toString());
        meta.put(LedgerMetaData.NODE, node.id());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            meta.put(LedgerMetaData.REQUEST_ID, PlacementRequest.requestId(request));
            meta.put(LedgerMetaData.GLOBAL_REQUEST_ID, PlacementRequest.globalRequestId(request));
            Caller caller = PlacementRequest.caller(request);
            if (caller != null) {
                meta.put(LedgerMetaData.PRINCIPAL, caller.userId());
                meta.put(LedgerMetaData.PROJECT, caller.projectId());
                meta.put(LedgerMetaData.ROLES, String.join(",", caller.roles()));
                if (caller.service() != null) {
                    meta.put(LedgerMetaData.SERVICE_PRINCIPAL, caller.service().userId());
                }
            }
        }
        meta.values().removeIf(java.util.Objects::isNull);
        return meta;
    }
}
