-- Custom resource classes and traits (standard ones live in code), and the traits and aggregates of
-- every provider, as the Placement API reads them and as the provider list filters on them.
CREATE TABLE custom_resource_classes (
    name       VARCHAR(255) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE custom_traits (
    name       VARCHAR(255) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE provider_traits (
    provider_uuid UUID         NOT NULL,
    trait         VARCHAR(255) NOT NULL,
    PRIMARY KEY (provider_uuid, trait)
);
-- "which providers have trait T" (required/forbidden filters, trait in use)
CREATE INDEX idx_provider_traits_trait ON provider_traits (trait, provider_uuid);

CREATE TABLE provider_aggregates (
    provider_uuid  UUID    NOT NULL,
    aggregate_uuid UUID    NOT NULL,
    position       INTEGER NOT NULL,
    PRIMARY KEY (provider_uuid, aggregate_uuid)
);
-- "which providers are members of aggregate A" (member_of filters)
CREATE INDEX idx_provider_aggregates_aggregate ON provider_aggregates (aggregate_uuid, provider_uuid);
