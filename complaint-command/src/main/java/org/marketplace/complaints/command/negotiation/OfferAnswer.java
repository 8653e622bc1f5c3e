package org.marketplace.complaints.command.negotiation;

/** The id the service gave the new offer; the buyer accepts or declines it by this id. */
public record OfferAnswer(String offerId) {
}
