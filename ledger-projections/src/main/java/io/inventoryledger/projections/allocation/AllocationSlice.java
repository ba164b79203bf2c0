package io.inventoryledger.projections.allocation;

import io.inventoryledger.core.allocation.ClaimDirectory;
import io.inventoryledger.core.provider.ProviderUsages;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.slice.ReadModelSlice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Consumers, allocations and provider usages: projection, queries and the ports of the claim path. The claim
 * locks ({@code provider_claim_locks}) are rows that serialise claims, not facts: a reset empties them, a rebuild
 * leaves them.
 */
@Configuration(proxyBeanMethods = false)
public class AllocationSlice {
    @Bean
    ReadModelSlice allocationReadModel() {
        return ReadModelSlice.of("allocations", AllocationProjection.DEFINITION).withWorkTables("provider_claim_locks");
    }

    @Bean
    AllocationProjection allocationProjection(JdbcTemplate jdbc) {
        return new AllocationProjection(jdbc, ReadModelTables.LIVE);
    }

    @Bean
    AllocationQueries allocationQueries(JdbcTemplate jdbc) {
        return new AllocationQueries(jdbc, ReadModelTables.LIVE);
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
}
