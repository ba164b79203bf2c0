package io.inventoryledger.projections.audit;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tamper evidence: the links are written by the database at append; this verifies them. Owns no table. */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {
    @Bean
    ChainVerifier chainVerifier(DataSource dataSource) {
        return new ChainVerifier(dataSource);
    }
}
