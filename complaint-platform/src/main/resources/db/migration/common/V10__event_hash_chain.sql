-- Tamper evidence: one hash per stored event, chained to the previous event of the same complaint
-- (EventChain). Written by the command side in the transaction that appends the event; the audit
-- recomputes it from DomainEventEntry and names the first event that does not match.
CREATE TABLE event_hash (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    global_index         BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    hash                 CHAR(64)     NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT uk_event_hash_global UNIQUE (global_index)
);
