package io.inventoryledger.app.system;

import io.inventoryledger.app.request.CandidateRequestParser;
import io.inventoryledger.core.audit.LedgerMetaData;
import io.inventoryledger.core.resourceclass.StandardResourceClasses;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.projections.candidateindex.CandidateIndex;
import io.inventoryledger.projections.candidateindex.CandidateIndexFollower;
import io.inventoryledger.projections.candidates.CandidateEngine;
import io.inventoryledger.projections.candidates.EngineSettings;
import io.inventoryledger.projections.catalog.CatalogQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GET /allocation_candidates: the engine and its bounds, and the follower of the candidate index (the slice
 * {@code CandidateIndexSlice} declares the rest), which needs this node's identity to pass over its own events.
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
    NodeIdentity nodeIdentity() {
        return NodeIdentity.random();
    }

    @Bean
    CandidateIndexFollower candidateIndexFollower(CandidateIndex index, NodeIdentity node) {
        return new CandidateIndexFollower(index, LedgerMetaData.NODE, node.id());
    }
}
