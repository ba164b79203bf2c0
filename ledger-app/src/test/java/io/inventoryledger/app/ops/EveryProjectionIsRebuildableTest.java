package io.inventoryledger.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.projections.rebuild.ProjectionDefinition;
import io.inventoryledger.projections.slice.LedgerReset;
import io.inventoryledger.projections.slice.ReadModelSlices;
import java.util.Arrays;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/** A projection that is not registered for the rebuild would silently be missing from it. */
class EveryProjectionIsRebuildableTest extends LedgerServerTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    ReadModelSlices slices;

    @Autowired
    LedgerReset reset;

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
        assertThat(slices.projections())
                .extracting(ProjectionDefinition::handlerType)
                .containsAll(handlerTypes);
    }

    @Test
    void everyDefinitionNamesTheTablesItOwns() {
        assertThat(slices.projections())
                .allSatisfy(definition -> assertThat(definition.tables()).isNotEmpty());
        assertThat(slices.projections()).extracting(ProjectionDefinition::name).doesNotHaveDuplicates();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyReadModelTableBelongsToOneSliceSoThatResetsAndRebuildsKnowIt() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_name NOT LIKE 'flyway%'",
                String.class);

        assertThat(reset.tables()).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(slices.tables()).doesNotHaveDuplicates();
    }
}
