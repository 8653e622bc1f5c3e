-- Read models of the query service: the arbitration queue and the complaint detail.
-- Each keeps the complaint's folded facts (ComplaintFacts as JSON) and the sequence number of the last event
-- it applied: a redelivered or replayed event at or below it is skipped, so every handler is idempotent.

-- arbitration-queue: the facts of every complaint (a ruled one can still get a withdrawal request to review)
CREATE TABLE arbitration_queue_facts (
    complaint_id  VARCHAR(100)           NOT NULL PRIMARY KEY,
    facts         TEXT                   NOT NULL,
    last_sequence BIGINT                 NOT NULL
);

-- one row per waiting entry; a complaint can have both kinds at once. The columns are what the queue filters
-- and orders by; what an entry shows is computed from the facts with the rules (as the summaries are).
CREATE TABLE arbitration_queue (
    complaint_id VARCHAR(100)             NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    category     VARCHAR(40)              NOT NULL,
    assignee     VARCHAR(100),
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (complaint_id, kind)
);

-- oldest first; each filter has an index that also serves that order
CREATE INDEX ix_arbitration_queue_since ON arbitration_queue (since, complaint_id, kind);
CREATE INDEX ix_arbitration_queue_assignee ON arbitration_queue (assignee, since, complaint_id);
CREATE INDEX ix_arbitration_queue_category ON arbitration_queue (category, since, complaint_id);
CREATE INDEX ix_arbitration_queue_kind ON arbitration_queue (kind, since, complaint_id);

-- complaint-detail: the facts for the summary part and the access check
CREATE TABLE complaint_detail (
    complaint_id  VARCHAR(100)           NOT NULL PRIMARY KEY,
    facts         TEXT                   NOT NULL,
    last_sequence BIGINT                 NOT NULL
);

-- one row per event, in the complaint's order
CREATE TABLE complaint_timeline (
    complaint_id VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    type         VARCHAR(100)             NOT NULL,
    actor        VARCHAR(200),
    summary      VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (complaint_id, sequence)
);

-- one row per evidence item, in the order it came in; texts are bounded in code points, so wider in chars
CREATE TABLE complaint_evidence (
    complaint_id VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    position     INT                      NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    reference    VARCHAR(4000)            NOT NULL,
    description  VARCHAR(4000),
    submitted_by VARCHAR(200)             NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (complaint_id, sequence, position)
);

CREATE TABLE complaint_offers (
    complaint_id VARCHAR(100)             NOT NULL,
    offer_id     VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    type         VARCHAR(30)              NOT NULL,
    amount_fen   BIGINT,
    note         VARCHAR(4000),
    offered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    PRIMARY KEY (complaint_id, offer_id)
);
