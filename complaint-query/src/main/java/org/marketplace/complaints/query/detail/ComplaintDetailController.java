package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.FreshQueries;
import java.util.UUID;
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

    private final FreshQueries queries;

    ComplaintDetailController(FreshQueries queries) {
        this.queries = queries;
    }

    // complaint ids are name-based UUIDs (ComplaintId.forKey): anything else is bad input, as on the command side
    @GetMapping("/api/complaints/{id}")
    ComplaintDetail detail(Actor caller, @PathVariable UUID id,
                           @RequestHeader(name = ProjectionFreshness.HEADER, required = false) Long minPosition) {
        return queries.ask(ComplaintDetailProjection.GROUP, minPosition,
                new FindComplaintDetail(new ComplaintId(id.toString()), caller), ComplaintDetail.class);
    }
}
