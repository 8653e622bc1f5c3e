package org.marketplace.complaints.query.queue;

import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.query.FindArbitrationQueue;
import org.marketplace.complaints.api.query.Paging;
import org.marketplace.complaints.api.view.ArbitrationQueuePage;
import org.marketplace.complaints.api.view.QueueEntryKind;
import org.marketplace.complaints.platform.web.ActingAs;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.marketplace.complaints.query.freshness.FreshQueries;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/arbitration/queue: the cases waiting for an arbitrator, oldest first (arbitrators and their supervisor). */
@RestController
class ArbitrationQueueController {

    private final FreshQueries queries;

    ArbitrationQueueController(FreshQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/arbitration/queue")
    ArbitrationQueuePage queue(@ActingAs({Role.ARBITRATOR, Role.SUPERVISOR}) Actor caller, @RequestParam(required = false) String assignee,
                               @RequestParam(required = false) Boolean unassigned,
                               @RequestParam(required = false) ComplaintCategory category,
                               @RequestParam(required = false) QueueEntryKind kind,
                               @RequestParam(defaultValue = "" + Paging.FIRST_PAGE) int page,
                               @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size,
                               @RequestHeader(name = ProjectionFreshness.HEADER, required = false) Long minPosition) {
        FindArbitrationQueue query = checked(caller, assignee, unassigned, category, kind, page, size);
        return queries.ask(ArbitrationQueueProjection.GROUP, minPosition, query, ArbitrationQueuePage.class);
    }

    /** The query record checks paging and filters; what it refuses is bad input, a 400 naming the field. */
    private static FindArbitrationQueue checked(Actor caller, String assignee, Boolean unassigned,
                                                ComplaintCategory category, QueueEntryKind kind, int page, int size) {
        try {
            // an empty assignee= (a cleared form field) filters nothing, like an absent one
            ArbitratorId who = assignee == null || assignee.isBlank() ? null : new ArbitratorId(assignee);
            return new FindArbitrationQueue(caller, who, unassigned, category, kind, page, size);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException(invalid);
        }
    }
}
