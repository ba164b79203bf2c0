package io.inventoryledger.app.web.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PlacementSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scratch() throws Exception {
        String[][] cases = {
                {"{\"resource_class\":\"DISK_GB\",\"total\":0}", "inventory-post"},
                {"{\"name\":\"x\",\"uuid\":\"bad\"}", "resource_provider-post-1.0"},
                {"{\"name\":\"x\", \"foo\":1, \"bar\": 2}", "resource_provider-post-1.0"},
                {"[1]", "resource_provider-post-1.0"},
                {"{\"resource_class\":\"DISK_GB\",\"total\":1, \"allocation_ratio\": \"x\"}", "inventory-post"},
                {"{\"resource_class\":\"DISK_GB\",\"total\":1.5}", "inventory-post"},
                {"{\"resource_class\":\"DISK_GB\",\"total\":1.0}", "inventory-post"},
                {"{\"resource_class\":\"DISK_GB\",\"total\":true}", "inventory-post"},
                {"{\"resource_class\":\"disk\",\"total\":1}", "inventory-post"},
                {"{\"resource_class\":\"DISK_GB\"}", "inventory-post"},
                {"{\"resource_provider_generation\": 1, \"inventories\": {\"VCPU\": {\"total\": 0}}}", "inventories-put"},
                {"{\"name\":\"x\",\"uuid\":null}", "resource_provider-post-1.0"},
                {"{\"name\":\"x\",\"parent_provider_uuid\":\"bad\"}", "resource_provider-post-1.14"},
                {"{\"name\":\"x\",\"parent_provider_uuid\":5}", "resource_provider-post-1.14"},
                {"{\"resource_class\":\"DISK_GB\",\"total\":1, \"allocation_ratio\": 1e39}", "inventory-post"},
        };
        for (String[] c : cases) {
            System.out.println("CASE " + c[0] + "\n  " + PlacementSchemas.violation(JSON.readTree(c[0]), c[1]));
        }
    }
}
