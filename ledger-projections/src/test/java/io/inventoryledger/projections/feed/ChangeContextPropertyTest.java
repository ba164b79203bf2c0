package io.inventoryledger.projections.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A change's context read from its metadata as Axon stores it (Jackson's JSON of a map): every key the feed shows,
 * whatever the values hold (escapes, non-ASCII, numbers, nulls, nested values) and whatever else the map carries.
 */
class ChangeContextPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS =
            List.of("requestId", "globalRequestId", "principal", "projectId", "roles", "servicePrincipal", "node");
    private static final List<String> OTHERS = List.of("correlationId", "traceId", "requestedAt", "x");
    private static final String CHARS = "abcXYZ019-_.,: \"\\/\t\nü€😀{}[]";

    @Property(tries = 3000)
    void everyShownKeyIsReadAsJacksonWouldRenderItsValue(@ForAll long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        // half of them as the service writes them: plain ASCII strings only
        boolean plain = random.nextBoolean();
        Map<String, Object> metadata = new LinkedHashMap<>();
        for (String key : random.nextBoolean() ? KEYS : KEYS.subList(0, random.nextInt(KEYS.size()))) {
            metadata.put(key, plain ? string(random, true) : value(random));
        }
        for (String key : OTHERS) {
            if (random.nextBoolean()) {
                metadata.put(key, plain ? string(random, true) : value(random));
            }
        }
        byte[] stored = (random.nextInt(4) == 0 ? JSON.writerWithDefaultPrettyPrinter() : JSON.writer())
                .writeValueAsBytes(metadata);

        ChangeContext context = ChangeContext.parse(stored);

        assertThat(context)
                .isEqualTo(new ChangeContext(
                        text(metadata.get("requestId")),
                        text(metadata.get("globalRequestId")),
                        text(metadata.get("principal")),
                        text(metadata.get("projectId")),
                        text(metadata.get("roles")),
                        text(metadata.get("servicePrincipal")),
                        text(metadata.get("node"))));
    }

    @Example
    void metadataThatIsNotAnObjectSaysNothing() {
        for (String stored : List.of("", "[]", "\"x\"", "{\"requestId\":", "{\"requestId\":\"r\",}", "nonsense")) {
            assertThat(ChangeContext.parse(stored.getBytes(StandardCharsets.UTF_8)))
                    .as(stored)
                    .isEqualTo(ChangeContext.NONE);
        }
        assertThat(ChangeContext.parse(null)).isEqualTo(ChangeContext.NONE);
    }

    private static Object value(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> random.nextLong();
            case 2 -> Map.of("nested", "v");
            case 3 -> List.of("a", "b");
            case 4 -> random.nextBoolean();
            default -> string(random, random.nextBoolean());
        };
    }

    private static String string(SplittableRandom random, boolean plain) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(
                    plain ? "abc-019,req".charAt(random.nextInt(11)) : CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return text.toString();
    }

    /** What the feed shows for a value: strings and scalars as text; nulls and nested values not at all. */
    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? null : value.toString();
    }
}
