package io.inventoryledger.app.system;

import io.inventoryledger.core.allocation.AllocationCommandHandler;
import io.inventoryledger.core.allocation.ClaimDirectory;
import io.inventoryledger.core.consumer.Consumer;
import io.inventoryledger.core.provider.ProviderUsages;
import io.inventoryledger.core.provider.ResourceProvider;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.projections.allocation.AllocationProjection;
import io.inventoryledger.projections.allocation.AllocationQueries;
import io.inventoryledger.projections.allocation.JdbcClaimDirectory;
import io.inventoryledger.projections.allocation.JdbcProviderUsages;
import io.inventoryledger.projections.consistency.LedgerInventoryQueries;
import io.inventoryledger.projections.schema.ReadModelTables;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Consumers and allocations: the Consumer aggregate, the handler of allocation writes, their read model. */
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
                    catalog));
        };
    }

    /** Also injected into the provider's own command handlers (in-use refusals). */
    @Bean
    ProviderUsages providerUsages(JdbcTemplate jdbc) {
        return new JdbcProviderUsages(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    ClaimDirectory claimDirectory(NamedParameterJdbcTemplate jdbc) {
        return new JdbcClaimDirectory(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    AllocationProjection allocationProjection(JdbcTemplate jdbc) {
        return new AllocationProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    LedgerInventoryQueries ledgerInventoryQueries(JdbcTemplate jdbc) {
        return new LedgerInventoryQueries(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    AllocationQueries allocationQueries(JdbcTemplate jdbc) {
        return new AllocationQueries(jdbc, ReadModelTables.LIVE);
    }
}
