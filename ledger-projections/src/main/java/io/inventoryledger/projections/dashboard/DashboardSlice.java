package io.inventoryledger.projections.dashboard;

import io.inventoryledger.projections.processor.AsyncReadModels;
import io.inventoryledger.projections.schema.ReadModelTables;
import io.inventoryledger.projections.slice.ReadModelSlice;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Capacity and usage for dashboards: projection (its own asynchronous processor, batched), queries and the retention of its
 * time buckets ({@code ledger.dashboard.retention.*}). {@code ledger.dashboard.enabled=false} leaves it out (the
 * benchmark measures the claim path without it).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DashboardEnabled.class)
public class DashboardSlice {
    @Bean
    DashboardRetention dashboardRetention(
            @Value("${ledger.dashboard.retention.minutes:1d}") Duration minutes,
            @Value("${ledger.dashboard.retention.hours:365d}") Duration hours,
            @Value("${ledger.dashboard.retention.activity:1h}") Duration activity) {
        return new DashboardRetention(minutes, hours, activity);
    }

    @Bean
    ReadModelSlice dashboardReadModel(DashboardRetention retention) {
        return ReadModelSlice.of("dashboard", DashboardProjection.definition(retention))
                .inProcessor(DashboardProjection.PROCESSING_GROUP);
    }

    @Bean
    ConfigurerModule dashboardProcessor(AsyncReadModels processors) {
        return processors.processor(DashboardProjection.PROCESSING_GROUP);
    }

    @Bean
    DashboardProjection dashboardProjection(JdbcTemplate jdbc, DashboardRetention retention) {
        return new DashboardProjection(new JdbcDashboardRows(jdbc, ReadModelTables.LIVE), retention);
    }

    @Bean
    DashboardQueries dashboardQueries(JdbcTemplate jdbc) {
        return new DashboardQueries(jdbc, ReadModelTables.LIVE);
    }
}
