package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.ComplaintId;

import java.util.Collection;
import java.util.List;

/**
 * Where a complaint's deadlines are found again when they are to be cancelled: the ids the deadline manager
 * scheduled them under, kept by complaint and deadline name. Without them a cancel has to look through every
 * complaint's deadlines for this one's (docs/performance.md, "Cancelling a deadline"). Writes join the command's
 * (or the firing deadline's) transaction, so a command that rolls back leaves no record either.
 * <p>
 * Not aggregate state: the ids are in no event, and a state rebuilt from events could not have them.
 */
public interface DeadlineSchedules {

    /**
     * Every deadline of the complaint is recorded from now on. A complaint without this mark was filed before the
     * records were kept: its cancels look through the whole schedule, as they always did.
     */
    void recordAll(ComplaintId complaint);

    void scheduled(ComplaintId complaint, String deadlineName, String scheduleId);

    /** The filing: {@link #recordAll} and its first deadline, which an implementation may write at once. */
    default void recordAllAndScheduled(ComplaintId complaint, String deadlineName, String scheduleId) {
        recordAll(complaint);
        scheduled(complaint, deadlineName, scheduleId);
    }

    /**
     * Forgets the complaint's records of these names and answers the ones whose deadline still waits to be picked
     * by the scheduler, the ones to cancel. One being executed is left to run (its handler checks the state), as
     * Axon's own cancel leaves picked executions alone.
     */
    Pending take(ComplaintId complaint, Collection<String> deadlineNames);

    /** A deadline of this name fired: its record goes (with any other of the name that no longer waits). */
    void fired(ComplaintId complaint, String deadlineName);

    /** {@code allRecorded}: whether the complaint carries the mark of {@link #recordAll}. */
    record Pending(boolean allRecorded, List<Schedule> schedules) {
    }

    record Schedule(String deadlineName, String scheduleId) {
    }
}
