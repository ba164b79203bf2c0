package io.inventoryledger.app.dashboard;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query values of a paged dashboard list, as given ({@link DashboardParameters} checks them); the names are the
 * query's for binding and for the OpenAPI document.
 */
record DashboardPageQuery(
        @BindParam("resource_class") @Parameter(name = "resource_class")
        String resourceClass,

        String limit,
        String offset) {}
