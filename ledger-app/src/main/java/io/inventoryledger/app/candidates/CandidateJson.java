package io.inventoryledger.app.candidates;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.projections.candidates.AllocationCandidates;
import io.inventoryledger.projections.candidates.AllocationRequest;
import io.inventoryledger.projections.candidates.CandidateRequest;
import io.inventoryledger.projections.candidates.ProviderSummary;
import io.inventoryledger.projections.candidates.RequestGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The body of GET /allocation_candidates by microversion: allocation requests as a list of
 * {resource_provider, resources} below 1.12 and as a dict keyed by provider from 1.12 (PUT-able as is),
 * mappings from 1.34; summaries with traits from 1.17, every class from 1.27 (else only the requested
 * ones), parent and root from 1.29.
 *
 * <p>Written straight to bytes with Jackson's generator: a no-limit answer over 10,000 providers holds
 * 10,000 requests and summaries, and building maps of maps for it first doubled the allocation per query.
 */
final class CandidateJson {
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Placement lists a provider's traits in trait id order: the standard traits (synced at start) before
     * the custom ones (made later); gabbits compare these lists in order. Within each, by name.
     */
    private static final Comparator<String> PLACEMENT_TRAIT_ORDER = Comparator.comparing(
                    (String trait) -> !StandardTraits.isStandard(trait))
            .thenComparing(t -> t);

    /**
     * Provider uuids pre-encoded: an answer names each provider two or three times, and UUID.toString plus escaping
     * was a fifth of the rendering. Bounded by clearing (providers come and go over months).
     */
    private static final Map<UUID, SerializedString> UUIDS = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_UUIDS = 200_000;

    /**
     * Summaries rendered once (in the shape of 1.29 and later, the one schedulers ask for), keyed by the summary
     * object itself: the engine memoises one per provider version, so a provider's next change makes a new key and
     * the old entry goes with its summary (weak keys, compared by identity). A nested answer holds seven summaries
     * per candidate; rendering them was most of its CPU time.
     */
    private static final Cache<ProviderSummary, SerializedString> RENDERED_SUMMARIES = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(64L << 20)
            .weigher((ProviderSummary summary, SerializedString json) -> json.charLength())
            .build();

    private static final SerializedString RESOURCES = new SerializedString("resources");
    private static final SerializedString CAPACITY = new SerializedString("capacity");
    private static final SerializedString USED = new SerializedString("used");

    private CandidateJson() {}

    private static SerializedString uuid(UUID uuid) {
        SerializedString known = UUIDS.get(uuid);
        if (known == null) {
            if (UUIDS.size() > MAX_CACHED_UUIDS) {
                UUIDS.clear();
            }
            known = new SerializedString(uuid.toString());
            UUIDS.put(uuid, known);
        }
        return known;
    }

    static byte[] render(AllocationCandidates candidates, CandidateRequest request, Microversion version) {
        // ~250 bytes per request and per summary: sized once instead of growing from a few KB.
        int estimate = 64
                + 256
                        * (candidates.allocationRequests().size()
                                + candidates.providerSummaries().size());
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(Math.min(estimate, 1 << 24));
                JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            out.writeStartObject();
            out.writeArrayFieldStart("allocation_requests");
            for (AllocationRequest candidate : candidates.allocationRequests()) {
                if (version.isAtLeast(12)) {
                    dict(out, candidate, version);
                } else {
                    list(out, candidate);
                }
            }
            out.writeEndArray();
            Set<String> requested = version.isAtLeast(27) ? null : requestedClasses(request);
            out.writeObjectFieldStart("provider_summaries");
            boolean cacheable = requested == null && version.isAtLeast(29);
            for (ProviderSummary summary : candidates.providerSummaries()) {
                out.writeFieldName(uuid(summary.uuid()));
                if (cacheable) {
                    out.writeRawValue(RENDERED_SUMMARIES.get(summary, s -> rendered(s, version)));
                } else {
                    summary(out, summary, requested, version);
                }
            }
            out.writeEndObject();
            out.writeEndObject();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering candidates into memory", e);
        }
    }

    private static SerializedString rendered(ProviderSummary summary, Microversion version) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(256);
                JsonGenerator out = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            summary(out, summary, null, version);
            out.flush();
            return new SerializedString(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a summary into memory", e);
        }
    }

    private static Set<String> requestedClasses(CandidateRequest request) {
        Set<String> requested = new HashSet<>();
        for (RequestGroup group : request.groups()) {
            requested.addAll(group.resources().keySet());
        }
        return requested;
    }

    private static void dict(JsonGenerator out, AllocationRequest candidate, Microversion version) throws IOException {
        out.writeStartObject();
        out.writeObjectFieldStart("allocations");
        for (Map.Entry<UUID, Map<String, Long>> allocation :
                candidate.allocations().entrySet()) {
            out.writeFieldName(uuid(allocation.getKey()));
            out.writeStartObject();
            out.writeFieldName(RESOURCES);
            resources(out, allocation.getValue());
            out.writeEndObject();
        }
        out.writeEndObject();
        if (version.isAtLeast(34)) {
            out.writeObjectFieldStart("mappings");
            for (Map.Entry<String, Set<UUID>> mapping : candidate.mappings().entrySet()) {
                out.writeArrayFieldStart(mapping.getKey());
                for (UUID provider : mapping.getValue()) {
                    out.writeString(uuid(provider));
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void list(JsonGenerator out, AllocationRequest candidate) throws IOException {
        out.writeStartObject();
        out.writeArrayFieldStart("allocations");
        for (Map.Entry<UUID, Map<String, Long>> allocation :
                candidate.allocations().entrySet()) {
            out.writeStartObject();
            out.writeObjectFieldStart("resource_provider");
            out.writeStringField("uuid", allocation.getKey().toString());
            out.writeEndObject();
            out.writeFieldName("resources");
            resources(out, allocation.getValue());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void resources(JsonGenerator out, Map<String, Long> resources) throws IOException {
        out.writeStartObject();
        for (Map.Entry<String, Long> resource : resources.entrySet()) {
            out.writeNumberField(resource.getKey(), resource.getValue());
        }
        out.writeEndObject();
    }

    private static void summary(JsonGenerator out, ProviderSummary summary, Set<String> requested, Microversion version)
            throws IOException {
        out.writeStartObject();
        out.writeFieldName(RESOURCES);
        out.writeStartObject();
        for (Map.Entry<String, ProviderSummary.Usage> resource :
                summary.resources().entrySet()) {
            if (requested == null || requested.contains(resource.getKey())) {
                out.writeObjectFieldStart(resource.getKey());
                out.writeFieldName(CAPACITY);
                out.writeNumber(resource.getValue().capacity());
                out.writeFieldName(USED);
                out.writeNumber(resource.getValue().used());
                out.writeEndObject();
            }
        }
        out.writeEndObject();
        if (version.isAtLeast(17)) {
            out.writeArrayFieldStart("traits");
            for (String trait : placementOrder(summary.traits())) {
                out.writeString(trait);
            }
            out.writeEndArray();
        }
        if (version.isAtLeast(29)) {
            if (summary.parentUuid() == null) {
                out.writeNullField("parent_provider_uuid");
            } else {
                out.writeFieldName("parent_provider_uuid");
                out.writeString(uuid(summary.parentUuid()));
            }
            out.writeFieldName("root_provider_uuid");
            out.writeString(uuid(summary.rootUuid()));
        }
        out.writeEndObject();
    }

    /** Most providers have no custom trait: then the engine's name order is Placement's order already. */
    private static List<String> placementOrder(List<String> traits) {
        for (String trait : traits) {
            if (!StandardTraits.isStandard(trait)) {
                List<String> sorted = new ArrayList<>(traits);
                sorted.sort(PLACEMENT_TRAIT_ORDER);
                return sorted;
            }
        }
        return traits;
    }
}
