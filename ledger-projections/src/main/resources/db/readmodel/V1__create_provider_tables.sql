-- Providers as the Placement API reads them. generation = last applied sequence of the provider's stream.
CREATE TABLE resource_providers (
    uuid        UUID         NOT NULL PRIMARY KEY,
    stream_id   VARCHAR(100) NOT NULL,
    incarnation INTEGER      NOT NULL,
    name        VARCHAR(200) NOT NULL,
    generation  BIGINT       NOT NULL,
    parent_uuid UUID,
    root_uuid   UUID         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uniq_resource_providers_name UNIQUE (name)
);
CREATE INDEX idx_resource_providers_parent ON resource_providers (parent_uuid);
CREATE INDEX idx_resource_providers_root ON resource_providers (root_uuid);

-- The last incarnation of every uuid ever used, so that a uuid created again gets a new stream.
CREATE TABLE provider_incarnations (
    uuid        UUID    NOT NULL PRIMARY KEY,
    incarnation INTEGER NOT NULL
);

CREATE TABLE inventories (
    provider_uuid    UUID             NOT NULL,
    resource_class   VARCHAR(255)     NOT NULL,
    total            BIGINT           NOT NULL,
    reserved         BIGINT           NOT NULL,
    min_unit         BIGINT           NOT NULL,
    max_unit         BIGINT           NOT NULL,
    step_size        BIGINT           NOT NULL,
    allocation_ratio DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (provider_uuid, resource_class)
);
CREATE INDEX idx_inventories_class ON inventories (resource_class);
