package org.marketplace.complaints.api.view;

import java.util.List;

/** A page of complaint summaries: {items, page, size, totalItems}. */
public record ComplaintSummaryPage(List<ComplaintSummary> items, int page, int size, long totalItems) {
}
