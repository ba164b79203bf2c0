package io.inventoryledger.app.history;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyRule;
import io.inventoryledger.app.readmodel.AwaitsReadModel;
import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.projections.history.ConsumerSnapshot;
import io.inventoryledger.projections.history.HistoryStateProjection;
import io.inventoryledger.projections.history.Incarnations;
import io.inventoryledger.projections.history.ProviderState;
import io.inventoryledger.projections.history.StateQueries;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time travel: a provider, or a consumer's allocations, as Placement's API showed them at a generation (right after
 * the change that made it; {@code incarnation} picks a life of the uuid, the last by default) or at an instant. Reads
 * the time-travel tables once their processor applied what the store held when the request came in.
 */
@RestController
@AwaitsReadModel(HistoryStateProjection.PROCESSING_GROUP)
class StateController {
    private final StateQueries states;
    private final Incarnations incarnations;

    StateController(StateQueries states, Incarnations incarnations) {
        this.states = states;
        this.incarnations = incarnations;
    }

    /**
     * 200 with the provider then; 400 neither or both of generation and at, a bad value, a generation it never had;
     * 404 never a provider's uuid, or no such provider at that instant.
     */
    @PolicyRule(PlacementRules.HISTORY_PROVIDER_STATE)
    @GetMapping(value = "/ledger/history/resource_providers/{uuid}/state", produces = "application/json")
    Map<String, Object> provider(@PathVariable String uuid, @ParameterObject StateQuery query) {
        UUID parsed = HistoryParams.uuid(uuid, "resource provider");
        Point point = Point.of(query, incarnations.ofProvider(parsed), "resource provider " + uuid);
        Optional<ProviderState> state = point.instant() != null
                ? states.provider(parsed, point.instant())
                : states.provider(parsed, point.incarnation(), point.generation());
        return StateJson.provider(state.orElseThrow(() -> point.missing("resource provider " + uuid)));
    }

    /** 200 with the consumer's allocations then (none before it existed); 400 as for providers; 404 never a consumer. */
    @PolicyRule(PlacementRules.HISTORY_CONSUMER_STATE)
    @GetMapping(value = "/ledger/history/consumers/{uuid}/state", produces = "application/json")
    Map<String, Object> consumer(@PathVariable String uuid, @ParameterObject StateQuery query) {
        UUID parsed = HistoryParams.uuid(uuid, "consumer");
        Point point = Point.of(query, incarnations.ofConsumer(parsed), "consumer " + uuid);
        ConsumerSnapshot state = point.instant() != null
                ? states.consumer(parsed, point.instant())
                : states.consumer(parsed, point.incarnation(), point.generation())
                        .orElseThrow(() -> point.missing("consumer " + uuid));
        return StateJson.consumer(
                state,
                provider -> point.instant() != null
                        ? states.generationAt(provider, point.instant())
                        : states.generationAt(provider, state.position()));
    }

    /** Where in a history: a generation of one incarnation, or an instant. */
    private record Point(long generation, int incarnation, Instant instant) {
        /** The point asked for in the history of {@code what}, which had {@code incarnations} lives (none: 404). */
        static Point of(StateQuery query, int incarnations, String what) {
            if (incarnations == 0) {
                throw HistoryParams.notFound(what);
            }
            String generation = query.generation();
            String at = query.at();
            String incarnation = query.incarnation();
            if ((generation == null) == (at == null)) {
                throw HistoryParams.bad(
                        ErrorCodes.HISTORY_BAD_GENERATION,
                        "Give either generation (with incarnation, the last by default) or at.");
            }
            if (at != null) {
                return new Point(-1, 0, HistoryParams.instant("at", at));
            }
            int life = incarnations;
            if (incarnation != null) {
                long asked = HistoryParams.generation(incarnation);
                if (asked < 1 || asked > incarnations) {
                    throw HistoryParams.bad(
                            ErrorCodes.HISTORY_BAD_GENERATION,
                            "Invalid incarnation '" + incarnation + "': this uuid had incarnations 1 to " + incarnations
                                    + ".");
                }
                life = (int) asked;
            }
            return new Point(HistoryParams.generation(generation), life, null);
        }

        RuntimeException missing(String what) {
            if (instant != null) {
                return HistoryParams.notFound(what + " at " + instant);
            }
            return HistoryParams.bad(
                    ErrorCodes.HISTORY_BAD_GENERATION,
                    "The " + what + " never had generation " + generation + " in incarnation " + incarnation + ".");
        }
    }
}
