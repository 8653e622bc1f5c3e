package org.marketplace.complaints.command.negotiation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.marketplace.complaints.api.AmountFen;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.SettlementTerms;
import org.marketplace.complaints.api.command.ComplaintCommand;
import org.marketplace.complaints.platform.web.TextLength;

/**
 * POST …/settlement-offers. Whether amountFen must be there depends on the type; SettlementTerms checks
 * that (a refund without an amount is a 400 naming amountFen).
 */
public record SettlementOfferRequest(@NotNull OfferType type,
                                     @Min(1) @Max(AmountFen.MAX) Long amountFen,
                                     @TextLength(max = ComplaintCommand.MAX_TEXT) String note) {

    SettlementTerms terms() {
        return new SettlementTerms(type, amountFen);
    }
}
