-- Dashboard read model: capacity and usage per class, aggregate, root provider, project and user, the fill of
-- every provider, its recent activity and usage over time. Kept in the commands' transactions by deltas.

-- Providers as the dashboard groups them. generation / profile_version: last applied sequence of the provider's
-- stream and of its profile stream (-1: none yet).
CREATE TABLE dashboard_providers (
    provider_uuid   UUID         NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    parent_uuid     UUID,
    root_uuid       UUID         NOT NULL,
    generation      BIGINT       NOT NULL,
    profile_version BIGINT       NOT NULL
);
CREATE INDEX idx_dashboard_providers_parent ON dashboard_providers (parent_uuid);

-- One row per provider and class it has inventory of or usage in. capacity = (total - reserved) * ratio,
-- truncated as Placement does; fill_permille = used * 1000 / capacity (1000 when used without capacity).
CREATE TABLE dashboard_provider_classes (
    provider_uuid  UUID         NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    total          BIGINT       NOT NULL,
    reserved       BIGINT       NOT NULL,
    capacity       BIGINT       NOT NULL,
    used           BIGINT       NOT NULL,
    fill_permille  INTEGER      NOT NULL,
    PRIMARY KEY (provider_uuid, resource_class)
);
-- "the N fullest providers of class C", the fill distribution
CREATE INDEX idx_dashboard_provider_classes_fill ON dashboard_provider_classes (resource_class, fill_permille);

CREATE TABLE dashboard_provider_aggregates (
    provider_uuid  UUID NOT NULL,
    aggregate_uuid UUID NOT NULL,
    PRIMARY KEY (provider_uuid, aggregate_uuid)
);

-- Sums per scope ('class': scope_key '', 'aggregate', 'root': the uuid) and class, split in shards by provider
-- so that concurrent claims on different providers rarely wait for one row. A query sums the shards.
CREATE TABLE dashboard_totals (
    scope          VARCHAR(16)  NOT NULL,
    scope_key      VARCHAR(64)  NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    shard          INTEGER      NOT NULL,
    providers      BIGINT       NOT NULL,
    total          BIGINT       NOT NULL,
    reserved       BIGINT       NOT NULL,
    capacity       BIGINT       NOT NULL,
    used           BIGINT       NOT NULL,
    PRIMARY KEY (scope, scope_key, resource_class, shard)
);

-- Each consumer's owner and allocations as the dashboard last applied them (allocations as sorted text:
-- provider:CLASS=amount,...;...), so that the next write's difference is known.
CREATE TABLE dashboard_consumers (
    consumer_uuid UUID         NOT NULL PRIMARY KEY,
    incarnation   INTEGER      NOT NULL,
    generation    BIGINT       NOT NULL,
    project_id    VARCHAR(255) NOT NULL,
    user_id       VARCHAR(255) NOT NULL,
    allocations   VARCHAR      NOT NULL
);

-- Usage per owner ('project', 'user') and class.
CREATE TABLE dashboard_owner_usage (
    owner_kind     VARCHAR(16)  NOT NULL,
    owner_id       VARCHAR(255) NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    used           BIGINT       NOT NULL,
    consumers      BIGINT       NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, resource_class)
);

-- Usage changes per time bucket ('minute', 'hour'), per class (series_key '') or project, in shards for the
-- class series. The level at a bucket's end is the current usage minus the changes of the later buckets.
CREATE TABLE dashboard_usage_series (
    resolution     VARCHAR(8)   NOT NULL,
    series_kind    VARCHAR(16)  NOT NULL,
    series_key     VARCHAR(255) NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    bucket_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    shard          INTEGER      NOT NULL,
    delta          BIGINT       NOT NULL,
    PRIMARY KEY (resolution, series_kind, series_key, resource_class, bucket_start, shard)
);
CREATE INDEX idx_dashboard_usage_series_age ON dashboard_usage_series (resolution, bucket_start);

-- Claims (usage raised) and releases (usage lowered) per provider and minute.
CREATE TABLE dashboard_provider_activity (
    provider_uuid UUID    NOT NULL,
    bucket_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    claims        BIGINT  NOT NULL,
    releases      BIGINT  NOT NULL,
    PRIMARY KEY (provider_uuid, bucket_start)
);
CREATE INDEX idx_dashboard_provider_activity_age ON dashboard_provider_activity (bucket_start);
