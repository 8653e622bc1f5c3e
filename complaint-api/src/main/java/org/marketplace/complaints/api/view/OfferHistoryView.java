package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.OfferType;

import java.time.Instant;

/**
 * A settlement offer the seller made on a complaint, open or answered: {@code note} is the seller's,
 * {@code declineNote} the buyer's reason for declining, {@code answeredAt} when the buyer accepted or declined.
 */
public record OfferHistoryView(OfferId offerId, OfferType type, Long amountFen, String note, Instant offeredAt,
                               OfferStatus status, String declineNote, Instant answeredAt) {
}
