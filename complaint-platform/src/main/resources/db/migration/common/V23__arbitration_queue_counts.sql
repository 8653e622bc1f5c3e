-- How many entries the arbitration queue holds, per stripe, kind, category and assignee (NULL: unassigned), kept by
-- the queue's projection as it writes the entries, so that a queue page's total is a sum over a few hundred rows
-- instead of a count of every matching entry (at 180,000 entries that count took 25-50 ms on PostgreSQL).
-- The stripe is the low four bits of the complaint id's hash, which is how Axon shares complaints out among up to
-- 16 segments: each stripe's rows are written by one segment only, so segments never wait on each other's rows.
-- Only the sum over all stripes means anything (a stripe may go below zero); a key may have several rows.
CREATE TABLE arbitration_queue_counts (
    stripe   INT          NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    category VARCHAR(40)  NOT NULL,
    assignee VARCHAR(100),
    entries  BIGINT       NOT NULL
);
CREATE INDEX ix_arbitration_queue_counts ON arbitration_queue_counts (stripe, kind, category, assignee);

CREATE TABLE arbitration_queue_counts_shadow (
    stripe   INT          NOT NULL,
    kind     VARCHAR(30)  NOT NULL,
    category VARCHAR(40)  NOT NULL,
    assignee VARCHAR(100),
    entries  BIGINT       NOT NULL
);
CREATE INDEX ix_arbitration_queue_counts_shadow ON arbitration_queue_counts_shadow (stripe, kind, category, assignee);

-- the entries already projected, counted once; stripe 0 holds them all (only sums matter)
INSERT INTO arbitration_queue_counts (stripe, kind, category, assignee, entries)
    SELECT 0, kind, category, assignee, COUNT(*) FROM arbitration_queue GROUP BY kind, category, assignee;
INSERT INTO arbitration_queue_counts_shadow (stripe, kind, category, assignee, entries)
    SELECT 0, kind, category, assignee, COUNT(*) FROM arbitration_queue_shadow GROUP BY kind, category, assignee;
