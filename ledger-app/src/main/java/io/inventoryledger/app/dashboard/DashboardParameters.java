package io.inventoryledger.app.dashboard;

import io.inventoryledger.core.error.ErrorCodes;
import io.inventoryledger.core.error.InvalidRequestException;
import io.inventoryledger.core.resourceclass.ResourceClassCatalog;
import io.inventoryledger.projections.dashboard.DashboardRetention;
import org.springframework.stereotype.Component;

/** The dashboard API's query values, checked: a refusal is a 400 with a {@code ledger.dashboard.*} code. */
@Component
class DashboardParameters {
    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 1_000_000;

    private final ResourceClassCatalog classes;

    DashboardParameters(ResourceClassCatalog classes) {
        this.classes = classes;
    }

    /** A class that exists (standard or custom), or null when none was given. */
    String resourceClass(String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new InvalidRequestException(
                        ErrorCodes.DASHBOARD_UNKNOWN_RESOURCE_CLASS, "Query parameter resource_class is required.");
            }
            return null;
        }
        if (!classes.exists(value)) {
            throw new InvalidRequestException(
                    ErrorCodes.DASHBOARD_UNKNOWN_RESOURCE_CLASS, "No such resource class " + value + ".");
        }
        return value;
    }

    int limit(String value, int fallback) {
        return number("limit", value, fallback, 1, MAX_LIMIT, ErrorCodes.DASHBOARD_BAD_LIMIT);
    }

    int offset(String value) {
        return number("offset", value, 0, 0, MAX_OFFSET, ErrorCodes.DASHBOARD_BAD_LIMIT);
    }

    int window(String name, String value, int fallback, int max) {
        return number(name, value, fallback, 1, max, ErrorCodes.DASHBOARD_BAD_WINDOW);
    }

    /** {@code minute} or {@code hour}. */
    String bucket(String value) {
        if (value == null || value.isEmpty()) {
            return DashboardRetention.MINUTE;
        }
        if (!value.equals(DashboardRetention.MINUTE) && !value.equals(DashboardRetention.HOUR)) {
            throw new InvalidRequestException(
                    ErrorCodes.DASHBOARD_UNKNOWN_BUCKET, "No such bucket " + value + ": use minute or hour.");
        }
        return value;
    }

    private static int number(String name, String value, int fallback, int min, int max, String code) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, as any other value out of range
        }
        throw new InvalidRequestException(
                code, "Query parameter " + name + " must be a whole number from " + min + " to " + max + ".");
    }
}
