package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.SettlementTerms;

import java.time.Instant;

/** The seller's settlement offer that waits for the buyer's answer. */
public record OpenOffer(OfferId offerId, SettlementTerms terms, Instant offeredAt) {
}
