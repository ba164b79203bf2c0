package io.inventoryledger.app.web.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import java.util.regex.Pattern;

/** Placement's "uuid" format: 32 hex digits, dashed or not, any case. */
final class UuidFormat implements Format {
    private static final Pattern UUID = Pattern.compile(
            "^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");

    @Override
    public String getName() {
        return "uuid";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return UUID.matcher(value).matches();
    }
}
