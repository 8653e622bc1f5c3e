package org.marketplace.complaints.query.summaries.shopcomplaints;

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
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.query.FindShopComplaints;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.platform.web.ActingAs;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The seller's complaint list, as the buyer's (mycomplaints.MyComplaintsController): whose list it is comes from
 * the credentials, and Spring MVC's own method validation checks the parameters.
 */
@RestController
@Tag(name = "Complaint lists")
class ShopComplaintsController {

    private final QueryGateway queries;
    private final ProjectionFreshness freshness;

    ShopComplaintsController(QueryGateway queries, ProjectionFreshness freshness) {
        this.queries = queries;
        this.freshness = freshness;
    }

    @Operation(summary = "Complaints against my shop (SELLER), newest first")
    @GetMapping("/api/shop/complaints")
    ComplaintSummaryPage shopComplaints(@Parameter(hidden = true) @ActingAs(Role.SELLER) Actor seller, @RequestParam(required = false) ComplaintState state,
            @RequestParam(defaultValue = "" + FIRST_PAGE) @Min(FIRST_PAGE) int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size,
            @RequestHeader(name = ProjectionFreshness.HEADER, required = false) Long minPosition) {
        freshness.awaitProcessed(ShopComplaintsProjection.GROUP, minPosition);
        return queries.query(new FindShopComplaints(new SellerId(seller.id()), state, page, size),
                ComplaintSummaryPage.class).join();
    }
}
