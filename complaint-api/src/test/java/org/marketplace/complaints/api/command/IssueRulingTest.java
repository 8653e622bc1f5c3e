package org.marketplace.complaints.api.command;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.marketplace.complaints.api.fixtures.Parties.ARBITRATOR;

/** A ruling's outcome and remedy agree: the seller favoured orders nothing, otherwise the buyer gets a remedy. */
class IssueRulingTest {

    private static final ComplaintId ID = new ComplaintId("c-1");
    private static final Instant AT = Instant.parse("2025-03-05T08:00:00Z");
    private static final Remedy REFUND = new Remedy(RemedyType.PARTIAL_REFUND, 6_450L);

    @Test
    void aRulingForTheSeller_ordersNoRemedy() {
        assertThat(ruling(RulingOutcome.SELLER_FAVOURED, Remedy.none()).remedy()).isEqualTo(Remedy.none());
        assertThatIllegalArgumentException().isThrownBy(() -> ruling(RulingOutcome.SELLER_FAVOURED, REFUND));
    }

    @Test
    void aRulingForTheBuyer_wholeOrInPart_ordersARemedy() {
        assertThat(ruling(RulingOutcome.BUYER_FAVOURED, new Remedy(RemedyType.EXCHANGE, null)).outcome())
                .isEqualTo(RulingOutcome.BUYER_FAVOURED);
        assertThat(ruling(RulingOutcome.PARTIALLY_FAVOURED, REFUND).remedy()).isEqualTo(REFUND);
        assertThatIllegalArgumentException().isThrownBy(() -> ruling(RulingOutcome.BUYER_FAVOURED, Remedy.none()));
        assertThatIllegalArgumentException().isThrownBy(() -> ruling(RulingOutcome.PARTIALLY_FAVOURED, Remedy.none()));
    }

    @Test
    void aRuling_needsAnOutcomeARemedyAndARationale() {
        assertThatIllegalArgumentException().isThrownBy(() -> ruling(null, REFUND));
        assertThatIllegalArgumentException().isThrownBy(() -> ruling(RulingOutcome.BUYER_FAVOURED, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new IssueRuling(ID, ARBITRATOR,
                RulingOutcome.BUYER_FAVOURED, REFUND, " ", null, AT));
        assertThatIllegalArgumentException().isThrownBy(() -> new IssueRuling(ID, ARBITRATOR,
                RulingOutcome.BUYER_FAVOURED, REFUND, "理".repeat(ComplaintCommand.MAX_TEXT + 1), null, AT));
    }

    @Test
    void aRuling_mayCarryTheStreamVersionItWasMadeOn() {
        IssueRuling ruling = new IssueRuling(ID, ARBITRATOR, RulingOutcome.BUYER_FAVOURED, REFUND, "属实", 7L, AT);

        assertThat(ruling.expectedVersion()).isEqualTo(7L);
    }

    private static IssueRuling ruling(RulingOutcome outcome, Remedy remedy) {
        return new IssueRuling(ID, ARBITRATOR, outcome, remedy, "商品确有质量问题", null, AT);
    }
}
