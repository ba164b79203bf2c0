package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** A projection that is not registered for the rebuild would silently be missing from it. */
class EveryProjectionIsRebuildableTest extends LedgerServerTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    List<ProjectionDefinition> definitions;

    @Test
    void everyEventHandlerBeanOfTheReadModelHasAProjectionDefinition() {
        List<Class<?>> handlerTypes = Arrays.stream(context.getBeanDefinitionNames())
                .<Class<?>>map(name -> AopUtils.getTargetClass(context.getBean(name)))
                .filter(type -> type.getPackageName().startsWith("io.inventoryledger.projections"))
                .filter(type -> Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(m -> AnnotatedElementUtils.hasAnnotation(m, EventHandler.class)))
                .distinct()
                .toList();

        assertThat(handlerTypes).isNotEmpty();
        assertThat(definitions).extracting(ProjectionDefinition::handlerType).containsAll(handlerTypes);
    }

    @Test
    void everyDefinitionNamesTheTablesItOwns() {
        assertThat(definitions)
                .allSatisfy(definition -> assertThat(definition.tables()).isNotEmpty());
        assertThat(definitions).extracting(ProjectionDefinition::name).doesNotHaveDuplicates();
    }
}
