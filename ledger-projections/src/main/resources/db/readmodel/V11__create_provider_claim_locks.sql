-- One row per provider uuid that was ever claimed against: allocation writes lock the rows of the
-- providers they touch (SELECT ... FOR UPDATE, in uuid order) before loading any aggregate, so that
-- concurrent claims on one provider queue instead of failing at commit. Nothing else writes these rows,
-- so holding them cannot deadlock with the read model's own updates. Rows are added on first use.
CREATE TABLE provider_claim_locks (
    provider_uuid UUID NOT NULL PRIMARY KEY
);
