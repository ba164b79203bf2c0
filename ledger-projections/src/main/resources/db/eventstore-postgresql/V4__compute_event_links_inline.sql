-- The event links of V2, computed with the same formula (ChainLink's) but inline in the trigger: V2's trigger called
-- the SQL functions ledger_chain_link and ledger_chain_field (nine times per event), and PostgreSQL ran each call
-- through an executor of its own, with the previous link read by a subquery that made the whole expression a full
-- query too: about 150 µs per append where the hash itself takes a few. Here the previous link is one cached
-- SELECT INTO and the rest one expression of built-in functions (about 20 µs; docs/benchmarks.md, issue 12).
-- ledger_chain_link stays: it states the formula in SQL, and V2's migration of old events used it.
CREATE OR REPLACE FUNCTION domain_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    previous BYTEA;
    stream BYTEA := convert_to(NEW.aggregate_identifier, 'UTF8');
    id BYTEA := convert_to(NEW.event_identifier, 'UTF8');
    kind BYTEA := convert_to(NEW.type, 'UTF8');
    payload_type BYTEA := convert_to(NEW.payload_type, 'UTF8');
    revision BYTEA := convert_to(NEW.payload_revision, 'UTF8');
    stamp BYTEA := convert_to(NEW.time_stamp, 'UTF8');
BEGIN
    SELECT chain_link INTO previous FROM domain_event_entry
     WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
    -- each field as a 4-byte length (-1 for NULL) and its bytes; the columns without a NULL check are NOT NULL
    NEW.chain_link := sha256(
        COALESCE(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
        || int4send(octet_length(stream)) || stream
        || int8send(NEW.sequence_number)
        || int4send(octet_length(id)) || id
        || CASE WHEN kind IS NULL THEN '\xffffffff'::bytea ELSE int4send(octet_length(kind)) || kind END
        || int4send(octet_length(payload_type)) || payload_type
        || CASE WHEN revision IS NULL THEN '\xffffffff'::bytea ELSE int4send(octet_length(revision)) || revision END
        || int4send(octet_length(stamp)) || stamp
        || int4send(octet_length(NEW.payload)) || NEW.payload
        || CASE WHEN NEW.meta_data IS NULL THEN '\xffffffff'::bytea
                ELSE int4send(octet_length(NEW.meta_data)) || NEW.meta_data END);
    RETURN NEW;
END
$$;
