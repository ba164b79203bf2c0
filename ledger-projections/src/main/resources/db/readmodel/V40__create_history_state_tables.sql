-- Time travel: a provider's state at any point of the ledger, without folding its events. Rows are keyed by the
-- position (global index) of the event that made them; the state at a position is the last row at or before it.

-- Everything but usage, after each event that changed it (creation, inventories, traits, aggregates, name and
-- parent, deletion); generation for the changes Placement counts in it (null for name, parent and aggregates
-- below 1.19, kept in the profile stream). Inventories as "CLASS:total,reserved,min_unit,max_unit,step_size,allocation_ratio;...",
-- traits and aggregates comma-separated.
CREATE TABLE history_provider_shapes (
    provider_uuid UUID           NOT NULL,
    position      BIGINT         NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    incarnation   INTEGER        NOT NULL,
    generation    BIGINT,
    deleted       BOOLEAN        NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    parent_uuid   UUID,
    inventories   VARCHAR(100000) NOT NULL,
    traits        VARCHAR(100000) NOT NULL,
    aggregates    VARCHAR(100000) NOT NULL,
    PRIMARY KEY (provider_uuid, position)
);

-- A provider's usage ("CLASS=used,...") after each write that allocated against it (generation: the write's
-- event) and after each release that did not write to its stream (generation null: Placement does not move it).
CREATE TABLE history_provider_usages (
    provider_uuid UUID          NOT NULL,
    position      BIGINT        NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    generation    BIGINT,
    usages        VARCHAR(10000) NOT NULL,
    PRIMARY KEY (provider_uuid, position)
);

-- What each consumer holds on each provider now, as this read model has applied it: the before of the next change.
CREATE TABLE history_holdings (
    provider_uuid  UUID         NOT NULL,
    consumer_uuid  UUID         NOT NULL,
    resource_class VARCHAR(255) NOT NULL,
    used           BIGINT       NOT NULL,
    PRIMARY KEY (provider_uuid, consumer_uuid, resource_class)
);
CREATE INDEX idx_history_holdings_consumer ON history_holdings (consumer_uuid);
