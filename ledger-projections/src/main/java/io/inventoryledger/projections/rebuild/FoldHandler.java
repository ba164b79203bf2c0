package io.inventoryledger.projections.rebuild;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlerInterceptorMemberChain;
import org.axonframework.messaging.annotation.MessageHandlingMember;

/**
 * One projection's annotated handlers as the bulk fold calls them: the handler method for a payload type is chosen
 * once (Axon's {@code AnnotationEventHandlerAdapter} tests every handler of the projection against every event),
 * then called through the same interceptor chain the adapter uses. Every event of the fold is a domain event
 * message, so which handler takes it depends on its payload type only. One thread (the fold's).
 */
final class FoldHandler {
    private final Object target;
    private final AnnotatedHandlerInspector<Object> inspector;
    private final MessageHandlerInterceptorMemberChain<Object> chain;
    private final Map<Class<?>, Optional<MessageHandlingMember<? super Object>>> members = new HashMap<>();

    @SuppressWarnings("unchecked")
    FoldHandler(Object target) {
        this.target = target;
        this.inspector = AnnotatedHandlerInspector.inspectType((Class<Object>) target.getClass());
        this.chain = inspector.chainedInterceptor(target.getClass());
    }

    boolean canHandle(EventMessage<?> event) {
        return member(event).isPresent();
    }

    void handle(EventMessage<?> event) {
        Optional<MessageHandlingMember<? super Object>> member = member(event);
        if (member.isEmpty()) {
            return;
        }
        try {
            chain.handle(event, target, member.get());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Projection failed on " + event.getPayloadType().getName(), e);
        }
    }

    private Optional<MessageHandlingMember<? super Object>> member(EventMessage<?> event) {
        return members.computeIfAbsent(
                event.getPayloadType(),
                type -> inspector
                        .getHandlers(target.getClass())
                        .filter(handler -> handler.canHandle(event))
                        .findFirst());
    }
}
