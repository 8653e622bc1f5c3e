package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.rules.OpenOffer;

/** The open settlement offer as the views show it: {offerId, type, amountFen}. */
public record OfferView(OfferId offerId, OfferType type, Long amountFen) {

    static OfferView of(OpenOffer offer) {
        return offer == null ? null : new OfferView(offer.offerId(), offer.terms().type(), offer.terms().amountFen());
    }
}
