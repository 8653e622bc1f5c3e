-- Which of its two table sets each read model's queries read, and whether a rebuild is filling the other one.
-- A rebuild (POST /api/ops/processors/{name}/rebuild) replays the events into the inactive set while the
-- queries keep reading the active one; once the processor has caught up with target_position, one UPDATE of
-- this row flips active_set, so the queries move to the rebuilt set all at once. The state is here, in the
-- shared database, not in a service's memory: every instance and every restart sees the same answer.
-- read_model is the processing group (also the name of its event processor).
CREATE TABLE read_model_tables (
    read_model      VARCHAR(100)             NOT NULL PRIMARY KEY,
    -- PRIMARY: the tables without a suffix (V4, V5); SHADOW: the *_shadow tables (V12, V13)
    active_set      VARCHAR(10)              NOT NULL,
    rebuilding      BOOLEAN                  NOT NULL,
    -- the event store's head when the rebuild started: the rebuilt set is complete once the processor passed it
    target_position BIGINT,
    -- how far the active set had got when the rebuild froze it: read-your-writes answers up to here meanwhile
    frozen_position BIGINT,
    started_at      TIMESTAMP WITH TIME ZONE,
    switched_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_read_model_tables_set CHECK (active_set IN ('PRIMARY', 'SHADOW'))
);

INSERT INTO read_model_tables (read_model, active_set, rebuilding) VALUES
    ('my-complaints', 'PRIMARY', FALSE),
    ('shop-complaints', 'PRIMARY', FALSE),
    ('arbitration-queue', 'PRIMARY', FALSE),
    ('complaint-detail', 'PRIMARY', FALSE);
