package org.marketplace.complaints.command.deadline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.command.complaint.DeadlineSchedules;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records of table complaint_deadline_schedule (V22). A plain JdbcTemplate on the pool's DataSource: inside a
 * command (or a firing deadline) it uses the connection of Spring's transaction, the one db-scheduler's task
 * rows are written on too (its starter wraps the DataSource in a TransactionAwareDataSourceProxy), so the record
 * and the task commit or roll back together.
 * <p>
 * Every statement goes by the complaint's id (the leading column of the primary key) and reaches db-scheduler's
 * table by its primary key: the cost is the complaint's own deadlines, whatever the number of open complaints.
 */
@Component
class JdbcDeadlineSchedules implements DeadlineSchedules {

    /** The name of the mark that all of a complaint's deadlines are recorded; no deadline has it. */
    static final String ALL_RECORDED = "(all recorded)";
    private static final String NO_SCHEDULE = "-";
    /**
     * db-scheduler's task name for Axon's deadlines (DbSchedulerDeadlineToken), the first column of its primary
     * key: without it the join below could not use the key.
     */
    static final String AXON_DEADLINE_TASK = "AxonDeadline";

    private static final String INSERT = "INSERT INTO complaint_deadline_schedule (complaint_id, deadline_name, "
            + "schedule_id) VALUES (:complaint, :name, :schedule)";
    /** The filing's two records in one statement: one round trip less on every filing. */
    private static final String INSERT_MARK_AND_FIRST = "INSERT INTO complaint_deadline_schedule (complaint_id, "
            + "deadline_name, schedule_id) VALUES (:complaint, :mark, :none), (:complaint, :name, :schedule)";
    private static final String RECORDS_WITH_TASKS = "SELECT s.deadline_name, s.schedule_id, t.picked "
            + "FROM complaint_deadline_schedule s LEFT JOIN scheduled_tasks t "
            + "ON t.task_name = '" + AXON_DEADLINE_TASK + "' AND t.task_instance = s.schedule_id "
            + "WHERE s.complaint_id = :complaint";
    private static final String DELETE_NAMED = "DELETE FROM complaint_deadline_schedule "
            + "WHERE complaint_id = :complaint AND deadline_name IN (:names)";
    /** What is not waiting any more: the one firing now (picked), and any of the name that fired before. */
    private static final String DELETE_FIRED = "DELETE FROM complaint_deadline_schedule "
            + "WHERE complaint_id = :complaint AND deadline_name = :name AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t "
            + "WHERE t.task_name = '" + AXON_DEADLINE_TASK + "' AND t.task_instance = complaint_deadline_schedule.schedule_id "
            + "AND t.picked = FALSE)";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDeadlineSchedules(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordAll(ComplaintId complaint) {
        jdbc.update(INSERT, Map.of("complaint", complaint.value(), "name", ALL_RECORDED, "schedule", NO_SCHEDULE));
    }

    @Override
    public void scheduled(ComplaintId complaint, String deadlineName, String scheduleId) {
        jdbc.update(INSERT, Map.of("complaint", complaint.value(), "name", deadlineName, "schedule", scheduleId));
    }

    @Override
    public void recordAllAndScheduled(ComplaintId complaint, String deadlineName, String scheduleId) {
        jdbc.update(INSERT_MARK_AND_FIRST, Map.of("complaint", complaint.value(), "mark", ALL_RECORDED,
                "none", NO_SCHEDULE, "name", deadlineName, "schedule", scheduleId));
    }

    @Override
    public Pending take(ComplaintId complaint, Collection<String> deadlineNames) {
        boolean allRecorded = false;
        boolean anyNamed = false;
        List<Schedule> waiting = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(RECORDS_WITH_TASKS, Map.of("complaint", complaint.value()))) {
            String name = (String) row.get("deadline_name");
            allRecorded |= ALL_RECORDED.equals(name);
            if (deadlineNames.contains(name)) {
                anyNamed = true;
                // no task: it fired (or was cancelled) already; picked: it is firing, and its handler decides
                if (Boolean.FALSE.equals(row.get("picked"))) {
                    waiting.add(new Schedule(name, (String) row.get("schedule_id")));
                }
            }
        }
        if (anyNamed) {
            jdbc.update(DELETE_NAMED, Map.of("complaint", complaint.value(), "names", deadlineNames));
        }
        return new Pending(allRecorded, waiting);
    }

    @Override
    public void fired(ComplaintId complaint, String deadlineName) {
        jdbc.update(DELETE_FIRED, Map.of("complaint", complaint.value(), "name", deadlineName));
    }
}
