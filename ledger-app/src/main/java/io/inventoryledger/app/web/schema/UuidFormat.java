package io.inventoryledger.app.web.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import io.inventoryledger.app.request.QueryValues;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The "uuid" format. Placement checks it with oslo's is_uuid_like (braces, urn:uuid: and missing dashes
 * pass); query schemas use that. Request bodies keep the stricter form (dashed or 32 hex digits) until the
 * body readers turn every uuid-like value into its canonical form as Placement's objects do.
 */
final class UuidFormat implements Format {
    private static final Pattern STRICT = Pattern.compile(
            "^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");

    static final UuidFormat BODY = new UuidFormat(value -> STRICT.matcher(value).matches());
    static final UuidFormat QUERY = new UuidFormat(QueryValues::isUuidLike);

    private final Predicate<String> accepts;

    private UuidFormat(Predicate<String> accepts) {
        this.accepts = accepts;
    }

    @Override
    public String getName() {
        return "uuid";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return accepts.test(value);
    }
}
