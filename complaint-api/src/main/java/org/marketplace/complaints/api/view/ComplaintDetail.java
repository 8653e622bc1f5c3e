package org.marketplace.complaints.api.view;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;

/**
 * A complaint's page: its summary for the viewer (in JSON the summary's fields stand at the top level) plus
 * the timeline of everything that happened, the evidence on file and every settlement offer.
 */
public record ComplaintDetail(@JsonUnwrapped ComplaintSummary summary, List<TimelineEntry> timeline,
                              List<EvidenceView> evidence, List<OfferHistoryView> offers) {
}
