-- Axon's JdbcSequencedDeadLetterQueue with its default DeadLetterSchema (table and column names must match
-- it; the DDL of Axon 4.13's GenericDeadLetterTableFactory with bytea for its BLOBs, as its
-- PostgresTokenTableFactory does for tokens, and named constraints). One row per
-- event a projection failed on, and per later event of the same complaint kept behind it:
-- (processingGroup, sequenceIdentifier = complaint id, sequenceIndex) is the order a retry follows.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255)  NOT NULL,
    processingGroup      VARCHAR(255)  NOT NULL,
    sequenceIdentifier   VARCHAR(255)  NOT NULL,
    sequenceIndex        BIGINT        NOT NULL,
    messageType          VARCHAR(255)  NOT NULL,
    eventIdentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadType          VARCHAR(255)  NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA          NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255)  NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT pk_dead_letter_entry PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT uk_dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);

CREATE INDEX ix_dead_letter_processing_group ON DeadLetterEntry (processingGroup);
CREATE INDEX ix_dead_letter_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);
