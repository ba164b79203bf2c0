package io.inventoryledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every Placement route a controller serves is declared in the route table, with that method. */
class RouteTableTest extends LedgerServerTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyControllerRouteIsDeclared() {
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> !pattern.startsWith(RouteTable.EXTENSIONS))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> {
                                    String path = pattern.replaceAll("\\{[^}]+}", "x");
                                    assertThat(RouteTable.find(path))
                                            .as(method + " " + pattern)
                                            .isPresent();
                                    assertThat(RouteTable.find(path).get().methods())
                                            .as(method + " " + pattern)
                                            .contains(method.name());
                                })));
    }
}
