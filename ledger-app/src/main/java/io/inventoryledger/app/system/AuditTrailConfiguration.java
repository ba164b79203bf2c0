package io.inventoryledger.app.system;

import io.inventoryledger.projections.audit.AuditConfiguration;
import io.inventoryledger.projections.feed.ChangeFeedConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What reads the event store for auditors and owns no table: the change feed and the links' verification. */
@Configuration(proxyBeanMethods = false)
@Import({ChangeFeedConfiguration.class, AuditConfiguration.class})
public class AuditTrailConfiguration {}
