package io.inventoryledger.app.dashboard;

import io.inventoryledger.projections.dashboard.DashboardFigures;
import io.inventoryledger.projections.dashboard.DashboardQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Capacity and usage as Prometheus gauges, refreshed from the dashboard read model every
 * {@code ledger.dashboard.metrics.refresh-interval}: {@code ledger.resources.inventory}, {@code .reserved},
 * {@code .capacity}, {@code .used}, {@code .free} and {@code .providers} per {@code resource_class}; with
 * {@code ledger.dashboard.metrics.aggregates=N} (0, the default: off) {@code ledger.aggregate.resources.*} per {@code aggregate} for the N
 * aggregates with the most capacity (the label count stays at most N times the classes).
 */
@Component
@ConditionalOnProperty(name = "ledger.dashboard.enabled", havingValue = "true", matchIfMissing = true)
class DashboardGauges implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(DashboardGauges.class);
    private static final List<Figure> FIGURES = List.of(
            new Figure("inventory", "inventory totals", DashboardFigures::total),
            new Figure("reserved", "reserved amounts", DashboardFigures::reserved),
            new Figure(
                    "capacity",
                    "what may be allocated: (total - reserved) * allocation ratio",
                    DashboardFigures::capacity),
            new Figure("used", "allocated now", DashboardFigures::used),
            new Figure("free", "capacity - used", DashboardFigures::free),
            new Figure("providers", "providers with inventory of the class", DashboardFigures::providers));

    private record Figure(String name, String description, ToLongFunction<DashboardFigures> value) {}

    private final DashboardQueries queries;
    private final int aggregates;
    private final List<MultiGauge> perClass = new ArrayList<>();
    private final List<MultiGauge> perAggregate = new ArrayList<>();
    private final ScheduledExecutorService timer;

    DashboardGauges(
            DashboardQueries queries,
            MeterRegistry meters,
            @Value("${ledger.dashboard.metrics.refresh-interval:15s}") Duration every,
            @Value("${ledger.dashboard.metrics.aggregates:0}") int aggregates) {
        this.queries = queries;
        this.aggregates = Math.max(0, aggregates);
        for (Figure figure : FIGURES) {
            perClass.add(MultiGauge.builder("ledger.resources." + figure.name())
                    .description("Per resource class, over every provider: " + figure.description())
                    .register(meters));
            if (this.aggregates > 0) {
                perAggregate.add(MultiGauge.builder("ledger.aggregate.resources." + figure.name())
                        .description("Per aggregate and resource class: " + figure.description())
                        .register(meters));
            }
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dashboard-gauges");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refreshQuietly, 0, Math.max(100, every.toMillis()), TimeUnit.MILLISECONDS);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Dashboard gauges not refreshed: {}", e.toString());
        }
    }

    /** Reads the figures and replaces every gauge row; one refresh at a time, so the last read is what stays. */
    synchronized void refresh() {
        List<DashboardFigures> classes = queries.classes(null);
        for (int i = 0; i < FIGURES.size(); i++) {
            Figure figure = FIGURES.get(i);
            perClass.get(i)
                    .register(
                            classes.stream()
                                    .map(f -> MultiGauge.Row.of(
                                            Tags.of("resource_class", f.resourceClass()),
                                            figure.value().applyAsLong(f)))
                                    .toList(),
                            true);
        }
        if (aggregates == 0) {
            return;
        }
        List<DashboardQueries.Group> largest = queries.groups("aggregate", null, 100_000, 0).stream()
                .sorted(Comparator.comparingLong((DashboardQueries.Group g) -> g.classes().stream()
                                .mapToLong(DashboardFigures::capacity)
                                .sum())
                        .reversed()
                        .thenComparing(DashboardQueries.Group::key))
                .limit(aggregates)
                .toList();
        for (int i = 0; i < FIGURES.size(); i++) {
            Figure figure = FIGURES.get(i);
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (DashboardQueries.Group group : largest) {
                group.classes()
                        .forEach(f -> rows.add(MultiGauge.Row.of(
                                Tags.of("aggregate", group.key(), "resource_class", f.resourceClass()),
                                figure.value().applyAsLong(f))));
            }
            perAggregate.get(i).register(rows, true);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
