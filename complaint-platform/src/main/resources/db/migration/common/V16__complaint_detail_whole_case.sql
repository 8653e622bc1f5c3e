-- The complaint detail carries the whole case (api.md, "Complaint detail"): the description as filed, the
-- seller's answer and the ruling (one row a complaint), every withdrawal request, evidence request, withdrawal
-- suggestion and intervention (one row each), the buyer's answer to each offer, and the facts of each timeline
-- step (data: JSON, keys per event type). Every table in both table sets (V5/V13): a rebuild fills either.

CREATE TABLE complaint_case (
    complaint_id        VARCHAR(100)             NOT NULL PRIMARY KEY,
    description         VARCHAR(4000)            NOT NULL,
    seller_position     VARCHAR(20),
    seller_statement    VARCHAR(4000),
    seller_responded_at TIMESTAMP WITH TIME ZONE,
    ruling_outcome      VARCHAR(30),
    remedy_type         VARCHAR(30),
    remedy_amount_fen   BIGINT,
    rationale           VARCHAR(4000),
    ruled_at            TIMESTAMP WITH TIME ZONE,
    ruled_by            VARCHAR(100)
);

CREATE TABLE complaint_withdrawal_requests (
    complaint_id  VARCHAR(100)             NOT NULL,
    request_id    VARCHAR(100)             NOT NULL,
    sequence      BIGINT                   NOT NULL,
    reason        VARCHAR(30)              NOT NULL,
    exceptional   BOOLEAN                  NOT NULL,
    note          VARCHAR(4000),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(4000),
    decided_by    VARCHAR(100),
    PRIMARY KEY (complaint_id, request_id)
);

CREATE TABLE complaint_evidence_requests (
    complaint_id VARCHAR(100)             NOT NULL,
    request_id   VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    from_party   VARCHAR(10)              NOT NULL,
    note         VARCHAR(4000),
    due_by       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    requested_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (complaint_id, request_id)
);

CREATE TABLE complaint_withdrawal_suggestions (
    complaint_id VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    rationale    VARCHAR(4000)            NOT NULL,
    suggested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    decline_note VARCHAR(4000),
    suggested_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (complaint_id, sequence)
);

CREATE TABLE complaint_interventions (
    complaint_id  VARCHAR(100)             NOT NULL,
    sequence      BIGINT                   NOT NULL,
    reason        VARCHAR(30)              NOT NULL,
    intervened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(4000),
    PRIMARY KEY (complaint_id, sequence)
);

ALTER TABLE complaint_offers ADD COLUMN decline_note VARCHAR(4000);
ALTER TABLE complaint_offers ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
-- nullable: a row written before this migration has none until the rebuild below replaces it
ALTER TABLE complaint_timeline ADD COLUMN data TEXT;

-- the shadow set, column for column
CREATE TABLE complaint_case_shadow (
    complaint_id        VARCHAR(100)             NOT NULL PRIMARY KEY,
    description         VARCHAR(4000)            NOT NULL,
    seller_position     VARCHAR(20),
    seller_statement    VARCHAR(4000),
    seller_responded_at TIMESTAMP WITH TIME ZONE,
    ruling_outcome      VARCHAR(30),
    remedy_type         VARCHAR(30),
    remedy_amount_fen   BIGINT,
    rationale           VARCHAR(4000),
    ruled_at            TIMESTAMP WITH TIME ZONE,
    ruled_by            VARCHAR(100)
);

CREATE TABLE complaint_withdrawal_requests_shadow (
    complaint_id  VARCHAR(100)             NOT NULL,
    request_id    VARCHAR(100)             NOT NULL,
    sequence      BIGINT                   NOT NULL,
    reason        VARCHAR(30)              NOT NULL,
    exceptional   BOOLEAN                  NOT NULL,
    note          VARCHAR(4000),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision_note VARCHAR(4000),
    decided_by    VARCHAR(100),
    PRIMARY KEY (complaint_id, request_id)
);

CREATE TABLE complaint_evidence_requests_shadow (
    complaint_id VARCHAR(100)             NOT NULL,
    request_id   VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    from_party   VARCHAR(10)              NOT NULL,
    note         VARCHAR(4000),
    due_by       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    requested_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (complaint_id, request_id)
);

CREATE TABLE complaint_withdrawal_suggestions_shadow (
    complaint_id VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    rationale    VARCHAR(4000)            NOT NULL,
    suggested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    decline_note VARCHAR(4000),
    suggested_by VARCHAR(100)             NOT NULL,
    PRIMARY KEY (complaint_id, sequence)
);

CREATE TABLE complaint_interventions_shadow (
    complaint_id  VARCHAR(100)             NOT NULL,
    sequence      BIGINT                   NOT NULL,
    reason        VARCHAR(30)              NOT NULL,
    intervened_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(4000),
    PRIMARY KEY (complaint_id, sequence)
);

ALTER TABLE complaint_offers_shadow ADD COLUMN decline_note VARCHAR(4000);
ALTER TABLE complaint_offers_shadow ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint_timeline_shadow ADD COLUMN data TEXT;

-- A detail built before this migration lacks these facts, and its processor would never meet the old events
-- again. So, when there are events, the migration starts a rebuild of complaint-detail as
-- POST /api/ops/processors/complaint-detail/rebuild would (ops.rebuild): the registry row says the inactive set
-- is being built up to the store's head, the inactive set is emptied, and the processor's tokens and dead
-- letters go, so that on its next start it begins at the first event (its initial token) and fills the inactive
-- set; the queries keep reading the active one, with the old facts, until RebuildSwitch switches the rebuilt one
-- in. Run with every query-service instance stopped (as the release that brings it needs): an old instance would
-- carry on without the new columns. The frozen position is not known in SQL (it is in the tokens): 0 means
-- read-your-writes waits for the switch; a rebuild already running keeps its own. Nothing happens on a store
-- without events (a new installation).
UPDATE read_model_tables
SET frozen_position      = CASE WHEN rebuilding THEN frozen_position ELSE 0 END,
    rebuilding           = TRUE,
    target_position      = (SELECT MAX(globalIndex) FROM DomainEventEntry),
    started_at           = CURRENT_TIMESTAMP,
    switched_at          = NULL,
    rebuild_requested_by = NULL,
    rebuild_requested_at = NULL
WHERE read_model = 'complaint-detail' AND EXISTS (SELECT 1 FROM DomainEventEntry);

-- the set being built: the shadow one when queries read the primary one, and the other way round (the new
-- tables are empty in both)
DELETE FROM complaint_detail_shadow WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'PRIMARY');
DELETE FROM complaint_timeline_shadow WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'PRIMARY');
DELETE FROM complaint_evidence_shadow WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'PRIMARY');
DELETE FROM complaint_offers_shadow WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'PRIMARY');
DELETE FROM complaint_detail WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'SHADOW');
DELETE FROM complaint_timeline WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'SHADOW');
DELETE FROM complaint_evidence WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'SHADOW');
DELETE FROM complaint_offers WHERE EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding AND active_set = 'SHADOW');

-- the replay handles the dead letters' events again (as a rebuild clears them); without tokens the processor
-- initialises its segments at the first event
DELETE FROM DeadLetterEntry WHERE processingGroup = 'complaint-detail' AND EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding);
DELETE FROM TokenEntry WHERE processorName = 'complaint-detail' AND EXISTS (SELECT 1 FROM read_model_tables
    WHERE read_model = 'complaint-detail' AND rebuilding);
