-- The ids a complaint's deadlines were scheduled under (db-scheduler's task_instance of task AxonDeadline), so that
-- a cancel finds them by complaint and name instead of reading every complaint's deadlines (Axon's
-- cancelAllWithinScope on db-scheduler). Written in the command's transaction; a row goes when its deadline is
-- cancelled or fires. The row named '(all recorded)' marks a complaint all of whose deadlines are here: complaints
-- filed before this table have no mark, and their cancels still look through the whole schedule (the ids of
-- their deadlines are inside db-scheduler's serialized task data, out of reach of SQL).
CREATE TABLE complaint_deadline_schedule (
    complaint_id  VARCHAR(255) NOT NULL,
    deadline_name VARCHAR(100) NOT NULL,
    schedule_id   VARCHAR(100) NOT NULL,
    PRIMARY KEY (complaint_id, deadline_name, schedule_id)
);
