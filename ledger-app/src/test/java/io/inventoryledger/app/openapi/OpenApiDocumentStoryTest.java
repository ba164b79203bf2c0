package io.inventoryledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.inventoryledger.app.support.LedgerServerTest;
import io.inventoryledger.app.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** GET /ledger/openapi describes every /ledger route, and what those routes really answer fits the document. */
class OpenApiDocumentStoryTest extends LedgerServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getDraft202012(), b -> {});

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mvc;

    private JsonNode document;

    @BeforeEach
    void theDocument() throws Exception {
        Reply reply = api.get("/ledger/openapi");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        document = JSON.readTree(reply.body());
    }

    @Test
    void everyLedgerRouteIsInTheDocumentWithItsMethods() {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfo info : mvc.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/ledger/") && !path.startsWith("/ledger/openapi")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        routes.add(method.name().toLowerCase(Locale.ROOT) + " " + path);
                    }
                }
            }
        }
        List<String> documented = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(routes).contains("get /ledger/changes", "get /ledger/changes/stream", "get /ledger/audit/verify");
        assertThat(documented).containsAll(routes);
        assertThat(documented).allMatch(route -> route.contains(" /ledger/"));
    }

    @Test
    void realAnswersFitTheirDocumentedSchemas() throws Exception {
        String provider = UUID.randomUUID().toString();
        api.post("/resource_providers", "{\"name\":\"cn-" + provider + "\",\"uuid\":\"" + provider + "\"}");

        assertFits("/ledger/changes", "get", "200", api.get("/ledger/changes?limit=5"));
        assertFits("/ledger/changes", "get", "400", api.get("/ledger/changes?after=nowhere"));
        assertFits("/ledger/audit/verify", "get", "200", api.get("/ledger/audit/verify"));
        assertFits("/ledger/ops/processors", "get", "200", api.get("/ledger/ops/processors"));
    }

    private void assertFits(String path, String method, String status, Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(Integer.parseInt(status));
        JsonNode content = document.path("paths")
                .path(path)
                .path(method)
                .path("responses")
                .path(status)
                .path("content");
        JsonNode documented = content.has("application/json")
                ? content.path("application/json").path("schema")
                : content.elements().next().path("schema");
        assertThat(documented.isMissingNode())
                .as("%s %s %s has a schema", method, path, status)
                .isFalse();
        ObjectNode root = JSON.createObjectNode();
        root.set("components", document.path("components"));
        root.putArray("allOf").add(documented);
        Schema schema = SCHEMAS.getSchema(root);

        assertThat(schema.validate(JSON.readTree(reply.body())))
                .as("%s %s %s: %s", method, path, status, reply.body())
                .isEmpty();
    }
}
