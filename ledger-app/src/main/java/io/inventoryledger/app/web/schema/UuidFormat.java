package io.inventoryledger.app.web.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import io.inventoryledger.app.request.QueryValues;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The "uuid" format. Placement checks it with oslo's is_uuid_like (braces, urn:uuid: and missing dashes pass);
 * query schemas use that, since a query value is only compared. A body's uuid is stored, and Placement stores it as
 * sent into a 36-character column: a braced or urn: form fails there (a database error, 500), and a provider created
 * with 32 bare digits is then found only under those digits. Bodies therefore take the forms that name one uuid
 * unambiguously (dashed or 32 hex digits), stored canonical, and refuse the others with the schema's 400.
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
