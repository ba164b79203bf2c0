-- "the N fullest providers of class C" reads the fill index in its order, the tie-break (the provider) in it, so
-- that equally full providers need no sort; "the N hottest providers" reads a minute window's activity from the
-- index alone (the provider, claims and releases are in it).
DROP INDEX idx_dashboard_provider_classes_fill;
CREATE INDEX idx_dashboard_provider_classes_fill ON dashboard_provider_classes (resource_class, fill_permille DESC, provider_uuid);
DROP INDEX idx_dashboard_provider_activity_age;
CREATE INDEX idx_dashboard_provider_activity_age ON dashboard_provider_activity (bucket_start, provider_uuid, claims, releases);
