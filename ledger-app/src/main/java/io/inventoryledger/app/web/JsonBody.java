package io.inventoryledger.app.web;

/**
 * A refusal of a request body in Placement's words ("JSON does not validate: ..."), for the checks no schema
 * expresses. Everything a schema can say is said by {@link io.inventoryledger.app.web.schema.PlacementSchemas}
 * with Placement's own schema.
 */
public final class JsonBody {
    private JsonBody() {}

    public static PlacementHttpException invalid(String why) {
        return PlacementHttpException.badRequest("JSON does not validate: " + why);
    }
}
