package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.Microversion;
import io.inventoryledger.app.web.PlacementHttpException;
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
        Set<String> allowed = allowedParameters(version);
        for (String key : query.keySet()) {
            if (!allowed.contains(key)) {
                throw invalidQuery("Additional properties are not allowed ('" + key + "' was unexpected)");
            }
        }
        UUID uuid = uuidParameter(query.containsKey("uuid") ? last(query, "uuid") : null);
        UUID inTree = uuidParameter(query.containsKey("in_tree") ? last(query, "in_tree") : null);
        MemberOfQuery memberOf = MemberOfQuery.parse(query.getOrDefault("member_of", List.of()), version);
        RequiredTraitsQuery traits = RequiredTraitsQuery.parse(query.getOrDefault("required", List.of()), version);
        Map<String, Long> resources =
                query.containsKey("resources") ? ResourcesQuery.parse(last(query, "resources")) : Map.of();
        requireKnownTraits(traits);
        requireKnownClasses(resources.keySet());
        return new ProviderCriteria(
                query.containsKey("name") ? last(query, "name") : null,
                uuid,
                inTree,
                memberOf.required(),
                memberOf.forbidden(),
                traits.required(),
                traits.forbidden(),
                resources);
    }

    private static Set<String> allowedParameters(Microversion version) {
        Set<String> allowed = new HashSet<>(Set.of("name", "uuid"));
        if (version.isAtLeast(3)) {
            allowed.add("member_of");
        }
        if (version.isAtLeast(4)) {
            allowed.add("resources");
        }
        if (version.isAtLeast(14)) {
            allowed.add("in_tree");
        }
        if (version.isAtLeast(18)) {
            allowed.add("required");
        }
        return allowed;
    }

    private void requireKnownTraits(RequiredTraitsQuery traits) {
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

    private static UUID uuidParameter(String value) {
        if (value == null) {
            return null;
        }
        UUID parsed = Uuids.parseOrNull(value);
        if (parsed == null) {
            throw invalidQuery("'" + value + "' is not a 'uuid'");
        }
        return parsed;
    }

    /** Placement validates the last value of a repeated single-valued parameter. */
    private static String last(MultiValueMap<String, String> query, String key) {
        List<String> values = query.get(key);
        return values.get(values.size() - 1);
    }

    static PlacementHttpException invalidQuery(String why) {
        return PlacementHttpException.badRequest("Invalid query string parameters: " + why);
    }
}
