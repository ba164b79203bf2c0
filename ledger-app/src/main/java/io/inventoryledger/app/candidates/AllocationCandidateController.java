package io.inventoryledger.app.candidates;

import io.inventoryledger.app.policy.PlacementRules;
import io.inventoryledger.app.policy.PolicyEnforcer;
import io.inventoryledger.app.request.CandidateRequestParser;
import io.inventoryledger.app.web.CacheHeaders;
import io.inventoryledger.app.web.Caller;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.Since;
import io.inventoryledger.projections.candidateindex.CandidateIndex;
import io.inventoryledger.projections.candidates.AllocationCandidates;
import io.inventoryledger.projections.candidates.CandidateEngine;
import io.inventoryledger.projections.candidates.CandidateRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /allocation_candidates (Placement's handlers/allocation_candidate.py): parse the query, ask the
 * engine over this node's in-memory index, render in the shape of the requested microversion.
 */
@RestController
class AllocationCandidateController {
    private final CandidateRequestParser parser;
    private final CandidateEngine engine;
    private final CandidateIndex index;
    private final PolicyEnforcer policy;
    private final CandidateMetrics metrics;

    AllocationCandidateController(
            CandidateRequestParser parser,
            CandidateEngine engine,
            CandidateIndex index,
            PolicyEnforcer policy,
            CandidateMetrics metrics) {
        this.parser = parser;
        this.engine = engine;
        this.index = index;
        this.policy = policy;
        this.metrics = metrics;
    }

    /**
     * 200 with allocation_requests and provider_summaries; 400 bad query (Placement's wording and codes:
     * schema, unknown class or trait, malformed or resourceless groups, missing group_policy, duplicate
     * root_required); 403 not admin; 404 below 1.10.
     */
    @Since(10)
    @GetMapping(value = "/allocation_candidates", produces = "application/json")
    void list(
            @RequestParam MultiValueMap<String, String> query,
            Microversion version,
            Caller caller,
            HttpServletResponse response)
            throws IOException {
        policy.authorize(caller, PlacementRules.ALLOCATION_CANDIDATES_LIST);
        CandidateRequest request = parser.parse(query, version.minor());
        long searchStart = metrics.cpuNow();
        AllocationCandidates candidates = engine.find(index.world(), request);
        long renderStart = metrics.cpuNow();
        metrics.searched(searchStart, candidates.stats());
        byte[] body = CandidateJson.render(candidates, request, version);
        metrics.rendered(renderStart);
        // Written directly: Spring's return-value handling re-parsed our Last-Modified header on every answer.
        response.setStatus(HttpServletResponse.SC_OK);
        CacheHeaders.apply(response, version, null);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
