package org.marketplace.complaints.command.arbitration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.marketplace.complaints.api.AmountFen;
import org.marketplace.complaints.api.Remedy;
import org.marketplace.complaints.api.RemedyType;

/** {type, amountFen?}: whether the amount is needed depends on the type; Remedy checks that. */
public record RemedyRequest(@NotNull RemedyType type, @Min(1) @Max(AmountFen.MAX) Long amountFen) {

    public Remedy toRemedy() {
        return new Remedy(type, amountFen);
    }
}
