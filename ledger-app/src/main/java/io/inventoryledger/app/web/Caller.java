package io.inventoryledger.app.web;

import java.util.List;

/**
 * Who is calling, as Placement's noauth2 and oslo.context derive it from the request: user and
 * project from the token "user[:project]" (X-Project-Id wins), roles from X-Roles, system scope
 * from OpenStack-System-Scope (then the token's project is not used), domain from X-Domain-Id.
 */
public record Caller(String userId, String projectId, String domainId, String systemScope, List<String> roles) {}
