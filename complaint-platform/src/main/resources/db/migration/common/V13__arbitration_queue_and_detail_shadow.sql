-- The second table set of the arbitration queue and of the complaint detail (V5), column for column and index
-- for index: a rebuild fills whichever set is not active (read_model_tables, V11).

-- arbitration-queue
CREATE TABLE arbitration_queue_facts_shadow (
    complaint_id  VARCHAR(100)           NOT NULL PRIMARY KEY,
    facts         TEXT                   NOT NULL,
    last_sequence BIGINT                 NOT NULL
);

CREATE TABLE arbitration_queue_shadow (
    complaint_id VARCHAR(100)             NOT NULL,
    kind         VARCHAR(30)              NOT NULL,
    category     VARCHAR(40)              NOT NULL,
    assignee     VARCHAR(100),
    since        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (complaint_id, kind)
);

CREATE INDEX ix_arbitration_queue_shadow_since ON arbitration_queue_shadow (since, complaint_id, kind);
CREATE INDEX ix_arbitration_queue_shadow_assignee ON arbitration_queue_shadow (assignee, since, complaint_id);
CREATE INDEX ix_arbitration_queue_shadow_category ON arbitration_queue_shadow (category, since, complaint_id);
CREATE INDEX ix_arbitration_queue_shadow_kind ON arbitration_queue_shadow (kind, since, complaint_id);

-- complaint-detail
CREATE TABLE complaint_detail_shadow (
    complaint_id  VARCHAR(100)           NOT NULL PRIMARY KEY,
    facts         TEXT                   NOT NULL,
    last_sequence BIGINT                 NOT NULL
);

CREATE TABLE complaint_timeline_shadow (
    complaint_id VARCHAR(100)             NOT NULL,
    sequence     BIGINT                   NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    type         VARCHAR(100)             NOT NULL,
    actor        VARCHAR(200),
    summary      VARCHAR(1000)            NOT NULL,
    PRIMARY KEY (complaint_id, sequence)
);

CREATE TABLE complaint_evidence_shadow (
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

CREATE TABLE complaint_offers_shadow (
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
