package io.inventoryledger.app.system;

import io.inventoryledger.core.allocation.AllocationCommandHandler;
import io.inventoryledger.core.allocation.ClaimDirectory;
import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.provider.ProviderUsages;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Consumers and allocations: the Consumer aggregate and the handler of allocation writes (read model: the allocation slice). */
@Configuration(proxyBeanMethods = false)
public class AllocationConfiguration {

    @Bean
    ConfigurerModule allocationModule(
            ClaimDirectory claimDirectory,
            ProviderUsages usages,
            ResourceClassCatalog catalog,
            @Value("${ledger.cached-aggregates:20000}") long cachedAggregates) {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Consumer.class)
                    .configureRepository(c -> CachedStateRepository.create(
                            Consumer.class, c, NoSnapshotTriggerDefinition.INSTANCE, cachedAggregates)));
            configurer.registerCommandHandler(c -> new AllocationCommandHandler(
                    c.repository(ResourceProvider.class),
                    c.repository(Consumer.class),
                    claimDirectory,
                    usages,
                    catalog,
                    c.correlationDataProviders()));
        };
    }
}
