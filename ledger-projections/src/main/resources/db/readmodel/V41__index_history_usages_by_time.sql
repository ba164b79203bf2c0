-- A provider's state at an instant finds its last usage row at or before that time by this index, instead of
-- walking its usage rows back from the newest (thousands on a busy host).
CREATE INDEX idx_history_provider_usages_time ON history_provider_usages (provider_uuid, occurred_at, position);
