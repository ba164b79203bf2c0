package io.inventoryledger.projections.feed;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The change feed: it reads the event store and owns no table. */
@Configuration(proxyBeanMethods = false)
public class ChangeFeedConfiguration {
    @Bean
    ChangeFeed changeFeed(
            DataSource dataSource,
            @Value("${ledger.changes.gap-timeout:60s}") Duration gapTimeout,
            @Value("${ledger.changes.scan-budget:20000}") int scanBudget) {
        return new ChangeFeed(dataSource, gapTimeout, scanBudget, Clock.systemUTC());
    }
}
