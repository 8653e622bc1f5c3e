-- How many complaints each buyer's and each shop's list holds, per state, kept by the lists' projections as they
-- write the rows, so that a page's totalItems is a sum over a few rows instead of a count of every complaint of the
-- owner (a shop with 10,000 complaints: an index scan of 10,000 entries on every page). Striped by the complaint
-- id's hash as V23's queue counts are (readmodel.StripedCounts): each stripe's rows are written by one segment only.
-- Only the sum over the stripes means anything; a key may have several rows.
CREATE TABLE my_complaints_counts (
    stripe     INT          NOT NULL,
    owner_id   VARCHAR(100) NOT NULL,
    state      VARCHAR(32)  NOT NULL,
    complaints BIGINT       NOT NULL
);
CREATE INDEX ix_my_complaints_counts ON my_complaints_counts (owner_id, state, stripe);

CREATE TABLE my_complaints_counts_shadow (
    stripe     INT          NOT NULL,
    owner_id   VARCHAR(100) NOT NULL,
    state      VARCHAR(32)  NOT NULL,
    complaints BIGINT       NOT NULL
);
CREATE INDEX ix_my_complaints_counts_shadow ON my_complaints_counts_shadow (owner_id, state, stripe);

CREATE TABLE shop_complaints_counts (
    stripe     INT          NOT NULL,
    owner_id   VARCHAR(100) NOT NULL,
    state      VARCHAR(32)  NOT NULL,
    complaints BIGINT       NOT NULL
);
CREATE INDEX ix_shop_complaints_counts ON shop_complaints_counts (owner_id, state, stripe);

CREATE TABLE shop_complaints_counts_shadow (
    stripe     INT          NOT NULL,
    owner_id   VARCHAR(100) NOT NULL,
    state      VARCHAR(32)  NOT NULL,
    complaints BIGINT       NOT NULL
);
CREATE INDEX ix_shop_complaints_counts_shadow ON shop_complaints_counts_shadow (owner_id, state, stripe);

-- the complaints already projected, counted once; stripe 0 holds them all (only sums matter)
INSERT INTO my_complaints_counts (stripe, owner_id, state, complaints)
    SELECT 0, buyer_id, state, COUNT(*) FROM my_complaints GROUP BY buyer_id, state;
INSERT INTO my_complaints_counts_shadow (stripe, owner_id, state, complaints)
    SELECT 0, buyer_id, state, COUNT(*) FROM my_complaints_shadow GROUP BY buyer_id, state;
INSERT INTO shop_complaints_counts (stripe, owner_id, state, complaints)
    SELECT 0, seller_id, state, COUNT(*) FROM shop_complaints GROUP BY seller_id, state;
INSERT INTO shop_complaints_counts_shadow (stripe, owner_id, state, complaints)
    SELECT 0, seller_id, state, COUNT(*) FROM shop_complaints_shadow GROUP BY seller_id, state;
