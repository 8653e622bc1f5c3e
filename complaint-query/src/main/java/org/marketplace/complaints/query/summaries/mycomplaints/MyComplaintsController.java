package org.marketplace.complaints.query.summaries.mycomplaints;

import static org.marketplace.complaints.api.query.Paging.DEFAULT_SIZE;
import static org.marketplace.complaints.api.query.Paging.FIRST_PAGE;
import static org.marketplace.complaints.api.query.Paging.MAX_SIZE;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.queryhandling.QueryGateway;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.BuyerId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.query.FindMyComplaints;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.platform.web.ActingAs;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's complaint list. Whose list it is comes from the credentials, never from a parameter, so nobody can
 * ask for another party's list. Constraints on the parameters are checked by Spring MVC's own method validation
 * (no @Validated, which would bypass the platform's 400 handler). Each list keeps its endpoint beside its
 * projection (the seller's: shopcomplaints), so that the lists build on summaries and summaries knows none of them.
 */
@RestController
@Tag(name = "Complaint lists")
class MyComplaintsController {

    private final QueryGateway queries;
    private final ProjectionFreshness freshness;

    MyComplaintsController(QueryGateway queries, ProjectionFreshness freshness) {
        this.queries = queries;
        this.freshness = freshness;
    }

    @Operation(summary = "My Complaints (BUYER), newest first")
    @GetMapping("/api/my/complaints")
    ComplaintSummaryPage myComplaints(@Parameter(hidden = true) @ActingAs(Role.BUYER) Actor buyer, @RequestParam(required = false) ComplaintState state,
            @RequestParam(defaultValue = "" + FIRST_PAGE) @Min(FIRST_PAGE) int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size,
            @RequestHeader(name = ProjectionFreshness.HEADER, required = false) Long minPosition) {
        freshness.awaitProcessed(MyComplaintsProjection.GROUP, minPosition);
        return queries.query(new FindMyComplaints(new BuyerId(buyer.id()), state, page, size),
                ComplaintSummaryPage.class).join();
    }
}
