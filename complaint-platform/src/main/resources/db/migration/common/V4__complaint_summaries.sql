-- The buyer's "My Complaints" and the seller's "complaints against my shop": one row a complaint, keyed by
-- its id, with the columns the lists filter and sort on. facts is the ComplaintFacts fold as JSON: the rows
-- keep what happened, the summary (actions, withdrawal options) is computed by the rules when asked, so
-- that a change of the rules never needs a rebuild. last_sequence makes a redelivered event a no-op.
-- TEXT is a CLOB on H2 and unbounded text on PostgreSQL: one script for both.
CREATE TABLE my_complaints (
    complaint_id  VARCHAR(100)             NOT NULL PRIMARY KEY,
    buyer_id      VARCHAR(100)             NOT NULL,
    state         VARCHAR(32)              NOT NULL,
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    facts         TEXT                     NOT NULL
);

-- newest first with a stable tie-break, so both the page and its COUNT are answered from an index
CREATE INDEX ix_my_complaints_buyer_filed ON my_complaints (buyer_id, filed_at DESC, complaint_id);
CREATE INDEX ix_my_complaints_buyer_state_filed ON my_complaints (buyer_id, state, filed_at DESC, complaint_id);

CREATE TABLE shop_complaints (
    complaint_id  VARCHAR(100)             NOT NULL PRIMARY KEY,
    seller_id     VARCHAR(100)             NOT NULL,
    state         VARCHAR(32)              NOT NULL,
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    facts         TEXT                     NOT NULL
);

CREATE INDEX ix_shop_complaints_seller_filed ON shop_complaints (seller_id, filed_at DESC, complaint_id);
CREATE INDEX ix_shop_complaints_seller_state_filed ON shop_complaints (seller_id, state, filed_at DESC, complaint_id);
