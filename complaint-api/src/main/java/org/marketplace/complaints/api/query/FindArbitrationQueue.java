package org.marketplace.complaints.api.query;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.Text;
import org.marketplace.complaints.api.view.QueueEntryKind;

/**
 * The arbitration queue as an arbitrator asks for it, oldest first; each filter left null does not filter.
 * {@code viewer} is the calling arbitrator, whose available actions each entry shows.
 */
public record FindArbitrationQueue(Actor viewer, ArbitratorId assignee, Boolean unassigned,
                                   ComplaintCategory category, QueueEntryKind kind, int page, int size) {

    public FindArbitrationQueue {
        Text.required(viewer, "viewer");
        Paging.check(page, size);
        // an assignee's cases are never unassigned: the two together would always answer nothing
        if (assignee != null && Boolean.TRUE.equals(unassigned)) {
            throw new IllegalArgumentException("unassigned must not be true together with an assignee");
        }
    }
}
