package org.marketplace.complaints.api.view;

import java.util.List;

/** A page of the arbitration queue, oldest first: {items, page, size, totalItems}. */
public record ArbitrationQueuePage(List<ArbitrationQueueEntry> items, int page, int size, long totalItems) {
}
