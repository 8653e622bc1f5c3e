package org.marketplace.complaints.api.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A complaint's page, the whole case: its summary for the viewer (in JSON the summary's fields stand at the top
 * level), the complaint as filed, the seller's answer, the ruling, the timeline of everything that happened, the
 * evidence on file, every settlement offer, withdrawal request, evidence request, withdrawal suggestion and
 * intervention. {@code ruling} is the ruling in force; {@code reconsideration} the parties' request to reconsider
 * it and its decision, null when none was asked. Staff ids are left out for the parties (StaffIds).
 */
public record ComplaintDetail(@JsonUnwrapped ComplaintSummary summary, String description,
                              SellerResponseView sellerResponse, RulingView ruling,
                              ReconsiderationView reconsideration,
                              List<TimelineEntry> timeline, List<EvidenceView> evidence, List<OfferHistoryView> offers,
                              List<WithdrawalRequestView> withdrawalRequests,
                              List<EvidenceRequestView> evidenceRequests,
                              List<WithdrawalSuggestionView> withdrawalSuggestions,
                              List<InterventionView> interventions) {
}
