-- A rebuild no longer stops the read model's processor on every instance and freezes the tables queries read:
-- each table set has a processor of its own, and the live one goes on while the other replays (the query service's
-- readmodel.tables and ops.rebuild). Gone with the pauses: the rebuild request the instances followed (V15) and the
-- frozen set's position that read-your-writes answered up to (V11).
ALTER TABLE read_model_tables DROP COLUMN rebuild_requested_by;
ALTER TABLE read_model_tables DROP COLUMN rebuild_requested_at;
ALTER TABLE read_model_tables DROP COLUMN frozen_position;
