package org.marketplace.complaints.command.complaint;

import org.marketplace.complaints.api.ComplaintId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregate fixtures' {@link DeadlineSchedules}, in memory, for one complaint's fixture. The fixture's stub
 * deadline manager has no "picked" state: every recorded deadline counts as waiting, and a firing one forgets
 * all of its name. A history given as events (not commands) has no records and no mark, like a complaint filed
 * before the records were kept: its cancels take the scan, which on the stub cancels what it finds.
 */
final class RecordedDeadlines implements DeadlineSchedules {

    private final Set<ComplaintId> allRecorded = new HashSet<>();
    private final List<Recorded> records = new ArrayList<>();

    @Override
    public void recordAll(ComplaintId complaint) {
        allRecorded.add(complaint);
    }

    @Override
    public void scheduled(ComplaintId complaint, String deadlineName, String scheduleId) {
        records.add(new Recorded(complaint, new Schedule(deadlineName, scheduleId)));
    }

    @Override
    public Pending take(ComplaintId complaint, Collection<String> deadlineNames) {
        List<Recorded> taken = records.stream().filter(r -> r.complaint().equals(complaint))
                .filter(r -> deadlineNames.contains(r.schedule().deadlineName())).toList();
        records.removeAll(taken);
        return new Pending(allRecorded.contains(complaint), taken.stream().map(Recorded::schedule).toList());
    }

    @Override
    public void fired(ComplaintId complaint, String deadlineName) {
        records.removeIf(r -> r.complaint().equals(complaint) && r.schedule().deadlineName().equals(deadlineName));
    }

    private record Recorded(ComplaintId complaint, Schedule schedule) {
    }
}
