-- Tamper evidence on the embedded store: the same link as PostgreSQL's trigger computes, by a Java trigger
-- (ChainLink's formula). Events written before this migration stay unchained (verification counts them).
ALTER TABLE domain_event_entry ADD COLUMN chain_link VARBINARY(32);

CREATE TRIGGER domain_event_chain BEFORE INSERT ON domain_event_entry
    FOR EACH ROW CALL 'io.inventoryledger.projections.audit.H2ChainLinkTrigger';
