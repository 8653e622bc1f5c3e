-- The second table set of the two complaint lists (V4), column for column and index for index: a rebuild
-- fills whichever set is not active (read_model_tables, V11), so either may be the one queries read.
CREATE TABLE my_complaints_shadow (
    complaint_id  VARCHAR(100)             NOT NULL PRIMARY KEY,
    buyer_id      VARCHAR(100)             NOT NULL,
    state         VARCHAR(32)              NOT NULL,
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    facts         TEXT                     NOT NULL
);

CREATE INDEX ix_my_complaints_shadow_buyer_filed ON my_complaints_shadow (buyer_id, filed_at DESC, complaint_id);
CREATE INDEX ix_my_complaints_shadow_buyer_state_filed
    ON my_complaints_shadow (buyer_id, state, filed_at DESC, complaint_id);

CREATE TABLE shop_complaints_shadow (
    complaint_id  VARCHAR(100)             NOT NULL PRIMARY KEY,
    seller_id     VARCHAR(100)             NOT NULL,
    state         VARCHAR(32)              NOT NULL,
    filed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    facts         TEXT                     NOT NULL
);

CREATE INDEX ix_shop_complaints_shadow_seller_filed ON shop_complaints_shadow (seller_id, filed_at DESC, complaint_id);
CREATE INDEX ix_shop_complaints_shadow_seller_state_filed
    ON shop_complaints_shadow (seller_id, state, filed_at DESC, complaint_id);
