-- Tamper evidence: every event carries a SHA-256 link over the previous event of its stream (its link) and its own
-- identity, payload and metadata, computed by the database at insert. The formula is ChainLink's (Java), which
-- verifies it: each field as a 4-byte length (-1 for NULL) and its bytes, the sequence as 8 bytes.
ALTER TABLE domain_event_entry ADD COLUMN chain_link BYTEA;

CREATE FUNCTION ledger_chain_field(value BYTEA) RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN '\xffffffff'::bytea ELSE int4send(octet_length(value)) || value END
$$;

CREATE FUNCTION ledger_chain_link(
        previous BYTEA, aggregate_identifier TEXT, sequence_number BIGINT, event_identifier TEXT, type TEXT,
        payload_type TEXT, payload_revision TEXT, time_stamp TEXT, payload BYTEA, meta_data BYTEA)
    RETURNS BYTEA LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256(
        COALESCE(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
        || ledger_chain_field(convert_to(aggregate_identifier, 'UTF8'))
        || int8send(sequence_number)
        || ledger_chain_field(convert_to(event_identifier, 'UTF8'))
        || ledger_chain_field(convert_to(type, 'UTF8'))
        || ledger_chain_field(convert_to(payload_type, 'UTF8'))
        || ledger_chain_field(convert_to(payload_revision, 'UTF8'))
        || ledger_chain_field(convert_to(time_stamp, 'UTF8'))
        || ledger_chain_field(payload)
        || ledger_chain_field(meta_data))
$$;

-- The events written before this migration get their links now, stream by stream in sequence order.
DO $$
DECLARE
    r RECORD;
    previous BYTEA;
    last_stream TEXT;
    last_sequence BIGINT;
BEGIN
    FOR r IN SELECT global_index, aggregate_identifier, sequence_number, event_identifier, type, payload_type,
                    payload_revision, time_stamp, payload, meta_data
               FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number LOOP
        IF last_stream IS DISTINCT FROM r.aggregate_identifier OR r.sequence_number <> last_sequence + 1 THEN
            previous := NULL;
        END IF;
        previous := ledger_chain_link(previous, r.aggregate_identifier, r.sequence_number, r.event_identifier,
                r.type, r.payload_type, r.payload_revision, r.time_stamp, r.payload, r.meta_data);
        UPDATE domain_event_entry SET chain_link = previous WHERE global_index = r.global_index;
        last_stream := r.aggregate_identifier;
        last_sequence := r.sequence_number;
    END LOOP;
END
$$;

CREATE FUNCTION domain_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.chain_link := ledger_chain_link(
            (SELECT chain_link FROM domain_event_entry
              WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1),
            NEW.aggregate_identifier, NEW.sequence_number, NEW.event_identifier, NEW.type, NEW.payload_type,
            NEW.payload_revision, NEW.time_stamp, NEW.payload, NEW.meta_data);
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_chain BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION domain_event_chain();
