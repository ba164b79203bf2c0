-- The last applied sequence of the provider's profile stream (name/parent changes), so that replaying an
-- older profile event changes nothing; -1 while the profile stream is empty.
ALTER TABLE resource_providers ADD COLUMN profile_version BIGINT NOT NULL DEFAULT -1;
