package io.inventoryledger.app.system;

import io.inventoryledger.core.resourceclass.StandardResourceClasses;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.projections.candidateindex.CandidateIndex;
import io.inventoryledger.projections.candidateindex.CandidateIndexFollower;
import io.inventoryledger.projections.candidateindex.CandidateIndexLocalRefresh;
import io.inventoryledger.projections.candidates.CandidateEngine;
import io.inventoryledger.projections.candidates.CandidateRequestParser;
import io.inventoryledger.projections.candidates.EngineSettings;
import io.inventoryledger.projections.catalog.CatalogQueries;
import java.time.Duration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GET /allocation_candidates: the engine, its bounds, and the per-node in-memory index kept current two
 * ways: refreshed after commit on the node that wrote (subscribing processor), and by following the event
 * store for other nodes' writes (tracking processor, in-memory token, starting a little before the
 * initial load), plus a periodic full reload that also compacts deleted providers' slots.
 */
@Configuration(proxyBeanMethods = false)
public class CandidateConfiguration {

    @Bean
    EngineSettings engineSettings(
            @Value("${ledger.candidates.max-candidates:10000}") int maxCandidates,
            @Value("${ledger.candidates.max-combinations:10000000}") long maxCombinations,
            @Value("${ledger.candidates.randomize:false}") boolean randomize) {
        return new EngineSettings(maxCandidates, maxCombinations, randomize);
    }

    @Bean
    CandidateEngine candidateEngine(EngineSettings settings) {
        return new CandidateEngine(settings);
    }

    /** Standard names in code; custom ones from the read tables (no lock: a query only reads). */
    @Bean
    CandidateRequestParser candidateRequestParser(CatalogQueries catalog) {
        return new CandidateRequestParser(
                name -> StandardResourceClasses.isStandard(name)
                        || catalog.customResourceClass(name).isPresent(),
                name -> StandardTraits.isStandard(name)
                        || catalog.customTrait(name).isPresent());
    }

    @Bean
    CandidateIndexLocalRefresh candidateIndexLocalRefresh(CandidateIndex index) {
        return new CandidateIndexLocalRefresh(index);
    }

    @Bean
    NodeIdentity nodeIdentity() {
        return NodeIdentity.random();
    }

    @Bean
    CandidateIndexFollower candidateIndexFollower(CandidateIndex index, NodeIdentity node) {
        return new CandidateIndexFollower(index, LedgerMetaData.NODE, node.id());
    }

    @Bean
    ConfigurerModule candidateIndexProcessors(
            CandidateIndex index, @Value("${ledger.candidates.follow-overlap:PT10S}") Duration overlap) {
        return configurer -> configurer
                .eventProcessing()
                .registerSubscribingEventProcessor(CandidateIndexLocalRefresh.PROCESSING_GROUP)
                .registerTokenStore(CandidateIndexFollower.PROCESSING_GROUP, c -> new InMemoryTokenStore())
                .registerTrackingEventProcessor(
                        CandidateIndexFollower.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(1000)
                                // Transactions still open at the load commit later with lower indexes:
                                // start before the load, re-applying is harmless.
                                .andInitialTrackingToken(source ->
                                        source.createTokenAt(index.loadedAt().minus(overlap))));
    }
}
