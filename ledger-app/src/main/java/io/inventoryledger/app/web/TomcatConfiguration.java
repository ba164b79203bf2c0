package io.inventoryledger.app.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Tomcat answers its own refusals in Placement's shape too ({@link TomcatErrorValve}). */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> placementErrorValve() {
        return new Customizer();
    }

    /** Runs after Boot's own customizer, which installs a plain ErrorReportValve that we replace. */
    private static final class Customizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                ((org.apache.catalina.core.StandardHost) context.getParent())
                        .setErrorReportValveClass(TomcatErrorValve.class.getName());
                pipeline.addValve(new TomcatErrorValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
