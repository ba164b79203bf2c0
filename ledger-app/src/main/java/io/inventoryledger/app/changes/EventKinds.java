package io.inventoryledger.app.changes;

import java.util.Set;
import java.util.TreeSet;
import org.axonframework.serialization.Revision;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** The kinds of change the ledger records: the simple names of the event classes of ledger-core (@Revision). */
@Component
class EventKinds {
    private final Set<String> names = new TreeSet<>();

    EventKinds() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        scanner.findCandidateComponents("io.inventoryledger.core").forEach(event -> {
            String name = event.getBeanClassName();
            names.add(name.substring(name.lastIndexOf('.') + 1));
        });
    }

    boolean isKnown(String kind) {
        return names.contains(kind);
    }

    Set<String> all() {
        return names;
    }
}
