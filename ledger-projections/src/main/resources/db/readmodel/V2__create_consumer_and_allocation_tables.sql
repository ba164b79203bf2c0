-- Consumers and their allocations as the Placement API reads them. A provider's usage of a class is
-- the sum of allocations.used over its rows.
CREATE TABLE consumers (
    uuid          UUID         NOT NULL PRIMARY KEY,
    stream_id     VARCHAR(100) NOT NULL,
    incarnation   INTEGER      NOT NULL,
    project_id    VARCHAR(255) NOT NULL,
    user_id       VARCHAR(255) NOT NULL,
    consumer_type VARCHAR(255),
    generation    BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idx_consumers_project_user ON consumers (project_id, user_id);

CREATE TABLE allocations (
    consumer_uuid  UUID         NOT NULL,
    provider_uuid  UUID         NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    used           BIGINT       NOT NULL,
    PRIMARY KEY (consumer_uuid, provider_uuid, resource_class)
);
CREATE INDEX idx_allocations_provider_class ON allocations (provider_uuid, resource_class);
