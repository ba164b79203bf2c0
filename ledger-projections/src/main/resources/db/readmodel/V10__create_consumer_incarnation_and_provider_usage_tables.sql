-- The last incarnation of every consumer uuid ever used: a consumer comes back on a stream of its own.
CREATE TABLE consumer_incarnations (
    uuid        UUID    NOT NULL PRIMARY KEY,
    incarnation INTEGER NOT NULL
);

-- A provider's usage per resource class (classes with nothing allocated have no row). Written with the
-- provider's own events, which already serialise every change to one provider.
CREATE TABLE provider_usages (
    provider_uuid  UUID         NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    used           BIGINT       NOT NULL,
    PRIMARY KEY (provider_uuid, resource_class)
);
