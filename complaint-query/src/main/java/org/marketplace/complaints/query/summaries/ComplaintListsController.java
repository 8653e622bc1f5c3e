package org.marketplace.complaints.query.summaries;

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
import org.marketplace.complaints.api.SellerId;
import org.marketplace.complaints.api.query.FindMyComplaints;
import org.marketplace.complaints.api.query.FindShopComplaints;
import org.marketplace.complaints.api.view.ComplaintSummaryPage;
import org.marketplace.complaints.platform.web.ActingAs;
import org.marketplace.complaints.query.freshness.ProjectionFreshness;
import org.marketplace.complaints.query.summaries.mycomplaints.MyComplaintsProjection;
import org.marketplace.complaints.query.summaries.shopcomplaints.ShopComplaintsProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The buyer's and the seller's complaint lists. Whose list it is comes from the credentials, never from a
 * parameter, so nobody can ask for another party's list. Constraints on the parameters are checked by
 * Spring MVC's own method validation (no @Validated, which would bypass the platform's 400 handler).
 */
@RestController
@Tag(name = "Complaint lists")
class ComplaintListsController {

    private final QueryGateway queries;
    private final ProjectionFreshness freshness;

    ComplaintListsController(QueryGateway queries, ProjectionFreshness freshness) {
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
        return ask(new FindMyComplaints(new BuyerId(buyer.id()), state, page, size));
    }

    @Operation(summary = "Complaints against my shop (SELLER), newest first")
    @GetMapping("/api/shop/complaints")
    ComplaintSummaryPage shopComplaints(@Parameter(hidden = true) @ActingAs(Role.SELLER) Actor seller, @RequestParam(required = false) ComplaintState state,
            @RequestParam(defaultValue = "" + FIRST_PAGE) @Min(FIRST_PAGE) int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(MAX_SIZE) int size,
            @RequestHeader(name = ProjectionFreshness.HEADER, required = false) Long minPosition) {
        freshness.awaitProcessed(ShopComplaintsProjection.GROUP, minPosition);
        return ask(new FindShopComplaints(new SellerId(seller.id()), state, page, size));
    }

    private ComplaintSummaryPage ask(Object query) {
        return queries.query(query, ComplaintSummaryPage.class).join();
    }
}
