package io.inventoryledger.app.provider;

import io.inventoryledger.app.web.Microversion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * required values, as Placement reads them: {@code A,B} all of, {@code !C} forbidden (1.22),
 * {@code in:A,B} any of and repeated = all of (1.39; before, only the last value counts).
 */
record RequiredTraitsQuery(List<Set<String>> required, Set<String> forbidden) {

    static RequiredTraitsQuery parse(List<String> values, Microversion version) {
        boolean allowForbidden = version.isAtLeast(22);
        boolean allowAnyOf = version.isAtLeast(39);
        List<String> counted =
                allowAnyOf || values.isEmpty() ? values : values.subList(values.size() - 1, values.size());
        List<Set<String>> required = new ArrayList<>();
        Set<String> forbidden = new HashSet<>();
        for (String value : counted) {
            if (value.startsWith("in:")) {
                required.add(anyOf(value, allowAnyOf));
            } else {
                allOf(value, allowForbidden, required, forbidden);
            }
        }
        return new RequiredTraitsQuery(required, forbidden);
    }

    private static Set<String> anyOf(String value, boolean allowAnyOf) {
        if (!allowAnyOf) {
            throw ProviderFilter.invalidQuery("The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' only supported since"
                    + " microversion 1.39. Got: " + value);
        }
        Set<String> traits = new HashSet<>();
        Arrays.stream(value.substring(3).split(",", -1)).map(String::strip).forEach(traits::add);
        if (traits.contains("")) {
            throw ProviderFilter.invalidQuery("Expected 'required' parameter value of the form:"
                    + " in:HW_CPU_X86_VMX,CUSTOM_MAGIC. Got an empty trait in: " + value);
        }
        if (traits.stream().anyMatch(t -> t.startsWith("!"))) {
            throw ProviderFilter.invalidQuery("The format 'in:HW_CPU_X86_VMX,CUSTOM_MAGIC' does not support"
                    + " forbidden traits. Got: " + value);
        }
        return traits;
    }

    private static void allOf(String value, boolean allowForbidden, List<Set<String>> required, Set<String> forbidden) {
        List<String> traits =
                Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        Set<String> notWanted = new HashSet<>();
        traits.stream()
                .filter(t -> t.startsWith("!"))
                .map(RequiredTraitsQuery::withoutBangs)
                .forEach(notWanted::add);
        String form = allowForbidden ? "HW_CPU_X86_VMX,!CUSTOM_MAGIC" : "HW_CPU_X86_VMX,CUSTOM_MAGIC";
        if (traits.contains("") || notWanted.contains("")) {
            throw ProviderFilter.invalidQuery(
                    "Expected 'required' parameter value of the form: " + form + ". Got an empty trait in: " + value);
        }
        if (!notWanted.isEmpty() && !allowForbidden) {
            throw ProviderFilter.invalidQuery(
                    "Expected 'required' parameter value of the form: " + form + ". Got: " + value);
        }
        traits.stream().filter(t -> !t.startsWith("!")).forEach(t -> required.add(Set.of(t)));
        forbidden.addAll(notWanted);
    }

    /** Placement strips every leading '!' ("!!FOO" is FOO): kept for compatibility. */
    private static String withoutBangs(String trait) {
        int i = 0;
        while (i < trait.length() && trait.charAt(i) == '!') {
            i++;
        }
        return trait.substring(i);
    }
}
