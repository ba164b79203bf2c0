package io.inventoryledger.app.system;

import io.inventoryledger.core.resourceclass.ResourceClass;
import io.inventoryledger.core.resourceclass.ResourceClassRenamer;
import io.inventoryledger.core.trait.Trait;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Custom resource classes and traits: their aggregates and the renamer (their read model is the catalog slice). */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    ConfigurerModule catalogAggregates() {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(ResourceClass.class));
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Trait.class));
            configurer.registerCommandHandler(c -> new ResourceClassRenamer(c.repository(ResourceClass.class)));
        };
    }
}
