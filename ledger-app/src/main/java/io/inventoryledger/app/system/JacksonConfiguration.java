package io.inventoryledger.app.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The web's ObjectMapper, kept apart from Axon's (which sees private fields). */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {
    @Bean
    @Primary
    ObjectMapper webObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }
}
