package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.freshness.FreshQueries;
import java.util.List;
import java.util.UUID;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.platform.security.Principals;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.query.FindComplaintDetail;
import org.marketplace.complaints.api.view.ComplaintDetail;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/complaints/{id}: one complaint with its timeline, evidence and offers (parties and staff). */
@RestController
class ComplaintDetailController {

    /** The endpoint's roles (EndpointRoles), in the order a caller holding several is tried in. */
    private static final Role[] VIEWERS = {Role.BUYER, Role.SELLER, Role.ARBITRATOR, Role.SUPERVISOR,
            Role.AUDITOR};

    private final FreshQueries queries;

    ComplaintDetailController(FreshQueries queries) {
        this.queries = queries;
    }

    // complaint ids are name-based UUIDs (ComplaintId.forKey): anything else is bad input, as on the command side
    @GetMapping("/api/complaints/{id}")
    ComplaintDetail detail(@PathVariable UUID id,
                           @RequestHeader(name = ProjectionFreshness.HEADER, required = false) Long minPosition) {
        return detailAs(Principals.currentActors(VIEWERS), new ComplaintId(id.toString()), minPosition);
    }

    /**
     * A caller with several roles (a seller who also buys) sees the complaint in the first in which it may: as
     * its buyer, as its seller, then as staff. Not visible in one role reads as not found, so the next is tried.
     */
    private ComplaintDetail detailAs(List<Actor> viewers, ComplaintId id, Long minPosition) {
        try {
            return queries.ask(ComplaintDetailProjection.GROUP, minPosition,
                    new FindComplaintDetail(id, viewers.get(0)), ComplaintDetail.class);
        } catch (RuntimeException failure) {
            if (viewers.size() == 1 || !isNotFound(failure)) {
                throw failure;
            }
            return detailAs(viewers.subList(1, viewers.size()), id, minPosition);
        }
    }

    private static boolean isNotFound(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ComplaintNotFoundException) {
                return true;
            }
        }
        return false;
    }
}
