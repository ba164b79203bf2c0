package io.inventoryledger.app.fuzz;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inventoryledger.app.web.RouteTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Generates hostile requests over every route from one {@link Random}: valid bodies mutated (a leaf replaced,
 * a field dropped or added), random JSON, broken JSON, deep JSON; exotic strings (NUL, lone surrogates, emoji,
 * very long), huge and odd numbers; random query strings, microversions, content types, accept headers and
 * tokens. Deterministic for a seed, so that a failure can be replayed.
 */
final class HostileRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes every non-ASCII character as an escape, so that lone surrogates reach the server as such. */
    private static final ObjectMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final String[] METHODS = {"GET", "GET", "GET", "PUT", "POST", "DELETE", "PATCH"};
    private static final String[] QUERY_KEYS = {
        "name",
        "uuid",
        "member_of",
        "in_tree",
        "resources",
        "required",
        "limit",
        "project_id",
        "user_id",
        "group_policy",
        "root_required",
        "same_subtree",
        "resources1",
        "required1",
        "member_of1",
        "in_tree1",
        "consumer_type",
        "keep",
        "associated",
        "only_used"
    };
    private static final String[] FRAGMENTS = {
        "\u0000", "a\u0000b", "\ud800", "x\udc00", "\udbff\udfff", "😀", "é", "\u202e", "\ufeff", "", " ", "null",
        "CUSTOM_", "VCPU", "MEMORY_MB", "HW_CPU_X86_AVX", "in:", "!", "!in:", "%00", "%", "../", "'; --", "\\",
        "\"", "\n", "\t", "1.0", "-1", "9223372036854775808", "1e400", "true", "[]", "{}"
    };

    private final SeededWorld world;
    private final Random random;

    HostileRequests(SeededWorld world, Random random) {
        this.world = world;
        this.random = random;
    }

    HostileRequest next() {
        String path = path();
        String method = METHODS[random.nextInt(METHODS.length)];
        Map<String, String> headers = headers();
        String body = null;
        if (!method.equals("GET") && random.nextInt(10) > 0) {
            body = body(path);
        }
        return new HostileRequest(method, path + query(), headers, body);
    }

    private String path() {
        if (random.nextInt(40) == 0) {
            return pick("/ledger/ops/processors", "/ledger/ops/health", "/nowhere", "/resource_providers/", "//");
        }
        String template = RouteTable.PLACEMENT
                .get(random.nextInt(RouteTable.PLACEMENT.size()))
                .template();
        StringBuilder path = new StringBuilder();
        for (String part : template.substring(1).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            path.append('/');
            path.append(
                    switch (part) {
                        case "{uuid}" -> providerId();
                        case "{consumer_uuid}" ->
                            pick(world.consumer(), UUID.randomUUID().toString(), segment());
                        case "{name}" -> pick(SeededWorld.CUSTOM_CLASS, "CUSTOM_NEW_" + random.nextInt(5), segment());
                        case "{resource_class}" -> pick("VCPU", SeededWorld.CUSTOM_CLASS, "DISK_GB", segment());
                        default -> part;
                    });
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private String providerId() {
        return pick(world.root(), world.child(), UUID.randomUUID().toString(), segment());
    }

    /** A path segment made of hostile text, percent-encoded (so that the request can be sent at all). */
    private String segment() {
        return URLEncoder.encode(text(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String query() {
        int parameters = random.nextInt(4);
        if (parameters == 0) {
            return "";
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < parameters; i++) {
            String key = random.nextInt(8) == 0 ? text() : QUERY_KEYS[random.nextInt(QUERY_KEYS.length)];
            String value = switch (random.nextInt(6)) {
                case 0 -> "VCPU:" + number();
                case 1 -> "in:" + world.aggregate() + "," + providerId();
                case 2 -> pick(world.root(), "HW_CPU_X86_AVX", "!" + SeededWorld.CUSTOM_TRAIT, "isolate", "true");
                default -> text();
            };
            String raw = random.nextInt(12) == 0 ? pick("%00", "%ed%a0%80", "%c0%80", "%ff") : "";
            pairs.add(encode(key) + "=" + encode(value) + raw);
        }
        return "?" + String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        int token = random.nextInt(20);
        if (token > 1) {
            headers.put("X-Auth-Token", token == 2 ? "someone:project" : "admin");
        }
        int version = random.nextInt(12);
        if (version > 0) {
            headers.put(
                    "OpenStack-API-Version",
                    switch (version) {
                        case 1 -> "placement latest";
                        case 2 -> "placement " + asciiText();
                        case 3 -> "compute 2.1";
                        case 4 -> "placement 1." + random.nextInt(1000);
                        case 5 -> "placement 99999999999999999999.1";
                        default -> "placement 1." + random.nextInt(40);
                    });
        }
        switch (random.nextInt(12)) {
            case 0 -> {}
            case 1 -> headers.put("Content-Type", "text/plain");
            case 2 -> headers.put("Content-Type", asciiText());
            case 3 -> headers.put("Content-Type", "application/json; charset=latin1");
            default -> headers.put("Content-Type", "application/json");
        }
        switch (random.nextInt(14)) {
            case 0 -> headers.put("Accept", "text/html");
            case 1 -> headers.put("Accept", "*/*");
            case 2 -> headers.put("Accept", "application/xml");
            default -> headers.put("Accept", "application/json");
        }
        if (random.nextInt(6) == 0) {
            headers.put("X-OpenStack-Request-ID", random.nextBoolean() ? "req-" + UUID.randomUUID() : asciiText());
        }
        return headers;
    }

    private String body(String path) {
        return switch (random.nextInt(10)) {
            case 0 -> write(anyJson(3));
            case 1 -> broken();
            case 2 -> deep();
            default -> write(mutate(template(path)));
        };
    }

    /** A body the route would accept, before mutation (generations random: most are stale). */
    private JsonNode template(String path) {
        String generation = Integer.toString(random.nextInt(8));
        String json;
        if (path.matches("/resource_providers/[^/]+/inventories/[^/]+")) {
            json = "{\"resource_provider_generation\":" + generation + ",\"total\":" + random.nextInt(100) + "}";
        } else if (path.endsWith("/inventories")) {
            json = "{\"resource_provider_generation\":" + generation + ",\"inventories\":{\"VCPU\":{\"total\":8,"
                    + "\"reserved\":0,\"min_unit\":1,\"max_unit\":8,\"step_size\":1,\"allocation_ratio\":1.0}},"
                    + "\"resource_class\":\"DISK_GB\",\"total\":10}";
        } else if (path.endsWith("/aggregates")) {
            json = "{\"resource_provider_generation\":" + generation + ",\"aggregates\":[\"" + world.aggregate()
                    + "\"]}";
        } else if (path.endsWith("/traits")) {
            json = "{\"resource_provider_generation\":" + generation + ",\"traits\":[\"HW_CPU_X86_AVX\"]}";
        } else if (path.startsWith("/resource_providers")) {
            json = "{\"name\":\"fz-" + random.nextInt(1000) + "\",\"uuid\":\"" + UUID.randomUUID()
                    + "\",\"parent_provider_uuid\":\"" + world.root() + "\"}";
        } else if (path.startsWith("/allocations/")) {
            json = claim().toString();
        } else if (path.equals("/allocations")) {
            json = "{\"" + UUID.randomUUID() + "\":" + claim() + "}";
        } else if (path.equals("/reshaper")) {
            json = "{\"inventories\":{\"" + world.root() + "\":{\"resource_provider_generation\":" + generation
                    + ",\"inventories\":{\"VCPU\":{\"total\":64}}}},\"allocations\":{\"" + world.consumer() + "\":"
                    + claim() + "}}";
        } else {
            json = "{\"name\":\"CUSTOM_FZ_" + random.nextInt(1000) + "\"}";
        }
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(json, e);
        }
    }

    private ObjectNode claim() {
        ObjectNode claim = NODES.objectNode();
        ObjectNode resources = NODES.objectNode();
        resources.put("VCPU", 1 + random.nextInt(100));
        claim.putObject("allocations").putObject(world.root()).set("resources", resources);
        claim.put("project_id", "fuzz");
        claim.put("user_id", "fuzz");
        claim.put("consumer_type", "INSTANCE");
        claim.set("consumer_generation", random.nextBoolean() ? NODES.nullNode() : NODES.numberNode(1));
        return claim;
    }

    /** One to three mutations: a value replaced, a field dropped, a field added. */
    private JsonNode mutate(JsonNode node) {
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            List<ContainerNode<?>> containers = new ArrayList<>();
            collect(node, containers);
            ContainerNode<?> target = containers.get(random.nextInt(containers.size()));
            if (target instanceof ObjectNode object) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                int choice = random.nextInt(3);
                if (names.isEmpty() || choice == 0) {
                    object.set(random.nextBoolean() ? text() : "total", anyJson(2));
                } else if (choice == 1) {
                    object.remove(names.get(random.nextInt(names.size())));
                } else {
                    object.set(names.get(random.nextInt(names.size())), anyJson(2));
                }
            } else if (target instanceof ArrayNode array) {
                if (array.isEmpty() || random.nextBoolean()) {
                    array.add(anyJson(2));
                } else {
                    array.set(random.nextInt(array.size()), anyJson(2));
                }
            }
        }
        return node;
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> into) {
        if (node instanceof ContainerNode<?> container) {
            into.add(container);
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                collect(children.next(), into);
            }
        }
    }

    private JsonNode anyJson(int depth) {
        int kind = random.nextInt(depth <= 0 ? 6 : 8);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2, 3 -> numberNode();
            case 4, 5 -> NODES.textNode(text());
            case 6 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(anyJson(depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set(
                            random.nextBoolean() ? text() : pick("total", "name", "VCPU", world.root()),
                            anyJson(depth - 1));
                }
                yield object;
            }
        };
    }

    private JsonNode numberNode() {
        return switch (random.nextInt(8)) {
            case 0 ->
                NODES.numberNode(
                        new BigInteger("9223372036854775808").multiply(BigInteger.valueOf(random.nextInt(1000))));
            case 1 -> NODES.numberNode(new BigDecimal("1e" + (300 + random.nextInt(200))));
            case 2 -> NODES.numberNode(-random.nextLong());
            case 3 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 4 -> NODES.numberNode(Integer.MAX_VALUE + (long) random.nextInt(3));
            case 5 -> NODES.numberNode(-0.0);
            default -> NODES.numberNode(random.nextInt(20) - 2);
        };
    }

    private String number() {
        return numberNode().asText();
    }

    /** Text with hostile parts: NUL, lone surrogates, emoji, control characters, long runs, random code units. */
    private String text() {
        StringBuilder text = new StringBuilder();
        for (int parts = 1 + random.nextInt(3); parts > 0; parts--) {
            switch (random.nextInt(5)) {
                case 0 -> text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> {
                    for (int i = random.nextInt(8); i > 0; i--) {
                        text.append((char) random.nextInt(0x10000));
                    }
                }
                case 2 -> text.append("x".repeat(random.nextInt(10) == 0 ? 300 + random.nextInt(5000) : 1));
                default ->
                    text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(random.nextInt(100));
            }
        }
        return text.toString();
    }

    /** Printable ASCII only: the HTTP client refuses anything else in a header. */
    private String asciiText() {
        StringBuilder text = new StringBuilder();
        for (int i = 1 + random.nextInt(12); i > 0; i--) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString().trim();
    }

    private String broken() {
        String whole = write(mutate(template("/allocations/" + world.consumer())));
        return switch (random.nextInt(4)) {
            case 0 -> whole.substring(0, random.nextInt(whole.length()));
            case 1 -> whole.replace(':', ',');
            case 2 -> "\u0000" + whole;
            default -> whole + "}";
        };
    }

    private String deep() {
        int depth = 10 + random.nextInt(random.nextBoolean() ? 100 : 20_000);
        return random.nextBoolean()
                ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private String write(JsonNode node) {
        try {
            return (random.nextBoolean() ? ESCAPING : JSON).writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
