package io.inventoryledger.app.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.inventoryledger.app.web.StorableTextNodeFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The web's ObjectMapper, kept apart from Axon's (which sees private fields); the request bodies it reads refuse
 * strings the database cannot store.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {
    @Bean
    @Primary
    ObjectMapper webObjectMapper(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = builder.build();
        mapper.setNodeFactory(new StorableTextNodeFactory());
        return mapper;
    }
}
