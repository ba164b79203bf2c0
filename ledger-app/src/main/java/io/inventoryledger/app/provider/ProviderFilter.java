package io.inventoryledger.app.provider;

import io.inventoryledger.app.request.QueryValues;
import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
import io.inventoryledger.app.web.schema.PlacementSchemas;
import io.inventoryledger.app.web.schema.RequestSchema;
import io.inventoryledger.core.resourceclass.StandardResourceClasses;
import io.inventoryledger.core.trait.StandardTraits;
import io.inventoryledger.projections.catalog.CatalogQueries;
import io.inventoryledger.projections.provider.ProviderCriteria;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads GET /resource_providers' query as Placement does at each microversion: which parameters exist,
 * how member_of, required and resources are written, and which names must exist. Bad input is a 400.
 */
@Component
class ProviderFilter {
    private final CatalogQueries catalog;

    ProviderFilter(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    ProviderCriteria parse(MultiValueMap<String, String> query, Microversion version) {
        PlacementSchemas.requireValidQuery(query, RequestSchema.RESOURCE_PROVIDERS_QUERY, version.minor());
        QueryValues.Aggregates memberOf = QueryValues.memberOf(
                query.getOrDefault("member_of", List.of()), "", version.isAtLeast(24), version.isAtLeast(32));
        QueryValues.Traits traits = QueryValues.traits(
                query.getOrDefault("required", List.of()), version.isAtLeast(22), version.isAtLeast(39));
        Map<String, Long> resources =
                query.containsKey("resources") ? QueryValues.resources(last(query, "resources")) : Map.of();
        requireKnownTraits(traits);
        requireKnownClasses(resources.keySet());
        return new ProviderCriteria(
                query.containsKey("name") ? last(query, "name") : null,
                uuid(query, "uuid"),
                uuid(query, "in_tree"),
                memberOf.required().stream().map(ProviderFilter::uuids).toList(),
                uuids(memberOf.forbidden()),
                traits.required(),
                traits.forbidden(),
                resources);
    }

    private void requireKnownTraits(QueryValues.Traits traits) {
        Set<String> named = new HashSet<>(traits.forbidden());
        traits.required().forEach(named::addAll);
        SortedSet<String> unknown = unknown(
                named,
                StandardTraits::isStandard,
                name -> catalog.customTrait(name).isPresent());
        if (!unknown.isEmpty()) {
            throw PlacementHttpException.badRequest("Invalid trait(s) in \"required\" parameter: No such trait(s): "
                    + String.join(", ", unknown) + ".");
        }
    }

    private void requireKnownClasses(Collection<String> classes) {
        SortedSet<String> unknown = unknown(
                classes,
                StandardResourceClasses::isStandard,
                name -> catalog.customResourceClass(name).isPresent());
        if (!unknown.isEmpty()) {
            throw PlacementHttpException.badRequest("Invalid resource class in resources parameter: No such resource"
                    + " class " + unknown.first() + ".");
        }
    }

    private static SortedSet<String> unknown(
            Collection<String> names,
            java.util.function.Predicate<String> standard,
            java.util.function.Predicate<String> custom) {
        SortedSet<String> unknown = new TreeSet<>();
        names.stream()
                .filter(name -> !standard.test(name) && !custom.test(name))
                .forEach(unknown::add);
        return unknown;
    }

    /** A uuid-like value that the schema's "uuid" format let through. */
    private static UUID uuid(MultiValueMap<String, String> query, String key) {
        return query.containsKey(key) ? UUID.fromString(QueryValues.canonicalUuid(last(query, key))) : null;
    }

    private static Set<UUID> uuids(Set<String> canonical) {
        Set<UUID> out = new HashSet<>();
        canonical.forEach(uuid -> out.add(UUID.fromString(uuid)));
        return out;
    }

    /** Placement validates the last value of a repeated single-valued parameter. */
    private static String last(MultiValueMap<String, String> query, String key) {
        List<String> values = query.get(key);
        return values.get(values.size() - 1);
    }
}
