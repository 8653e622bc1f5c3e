-- Reconsideration of a ruling (复核) in the complaint detail (api.md, "Complaint detail"). complaint_case keeps the
-- ruling in force: a revision replaces the ruling's columns and sets ruling_revised; reconsideration_due_by is the end
-- of the window the ruling opened (NULL for a revision, which is not reconsidered again). complaint_reconsiderations:
-- the parties' request and its decision, one row a complaint (a ruling is reconsidered once at most); the request's
-- evidence items are rows of complaint_evidence under the request's sequence. Every table in both table sets
-- (V5/V13): a rebuild fills either.
--
-- No rebuild is started: no reconsideration event can precede this migration (the release that brings the events
-- brings it), so the new table, empty, is complete. A ruling recorded before keeps reconsideration_due_by NULL, and
-- its stored facts (folded without the window) read as a ruling without a window: final, as ComplaintFacts says. A
-- rebuild of the read models (POST /api/ops/processors/{name}/rebuild) would give such rulings the window the
-- event store's upcaster reads them with (ComplaintRuledUpcaster: the default, from the ruling time).

ALTER TABLE complaint_case ADD COLUMN reconsideration_due_by TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint_case ADD COLUMN ruling_revised BOOLEAN DEFAULT FALSE NOT NULL;

-- decision: NULL while it waits, UPHELD (with note) or REVISED (with outcome, remedy and rationale)
CREATE TABLE complaint_reconsiderations (
    complaint_id      VARCHAR(100)             NOT NULL PRIMARY KEY,
    sequence          BIGINT                   NOT NULL,
    requested_by      VARCHAR(200)             NOT NULL,
    statement         VARCHAR(4000)            NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decision          VARCHAR(20),
    note              VARCHAR(4000),
    outcome           VARCHAR(30),
    remedy_type       VARCHAR(30),
    remedy_amount_fen BIGINT,
    rationale         VARCHAR(4000),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(100)
);

-- the shadow set, column for column
ALTER TABLE complaint_case_shadow ADD COLUMN reconsideration_due_by TIMESTAMP WITH TIME ZONE;
ALTER TABLE complaint_case_shadow ADD COLUMN ruling_revised BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE complaint_reconsiderations_shadow (
    complaint_id      VARCHAR(100)             NOT NULL PRIMARY KEY,
    sequence          BIGINT                   NOT NULL,
    requested_by      VARCHAR(200)             NOT NULL,
    statement         VARCHAR(4000)            NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decision          VARCHAR(20),
    note              VARCHAR(4000),
    outcome           VARCHAR(30),
    remedy_type       VARCHAR(30),
    remedy_amount_fen BIGINT,
    rationale         VARCHAR(4000),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decided_by        VARCHAR(100)
);
