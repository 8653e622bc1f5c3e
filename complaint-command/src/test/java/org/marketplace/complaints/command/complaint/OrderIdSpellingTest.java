package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.command.FileComplaint;
import org.marketplace.complaints.api.event.ComplaintClosedAsSettled;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.event.ComplaintWithdrawn;

import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalReason.SETTLED;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/**
 * A complaint filed before order ids had one spelling keeps its id (derived from "ORDER-1 "); a filing of the
 * canonical "order-1" is aimed at it, and its history refuses the filing as it would refuse its own key.
 */
class OrderIdSpellingTest extends ComplaintAggregateTest {

    private static final OrderId EARLIER_SPELLING = new OrderId("ORDER-1 ");
    private static final ComplaintId EARLIER_ID = ComplaintId.forKey(BUYER_ID, EARLIER_SPELLING, CATEGORY);

    @Test
    void file_ontoAWithdrawnComplaintOfAnEarlierSpelling_isRejectedForGood() {
        fixture.given(earlierFiling(), new ComplaintWithdrawn(EARLIER_ID, SETTLED, DIRECT, "已退款", null, now))
                .when(commands.file().onto(EARLIER_ID))
                .expectNoEvents()
                .expectException(violates(REFILE_AFTER_WITHDRAWAL));
    }

    /** Filed under an earlier spelling and still open when fulfilment windows came: it may close as settled. */
    @Test
    void file_ontoAComplaintOfAnEarlierSpellingClosedAsSettled_isRejectedForGood() {
        fixture.given(earlierFiling(), new ComplaintClosedAsSettled(EARLIER_ID, OFFER_ID,
                        org.marketplace.complaints.api.DeadlineKind.SETTLEMENT_FULFILMENT, now))
                .when(commands.file().onto(EARLIER_ID))
                .expectNoEvents()
                .expectException(violates(ALREADY_SETTLED, org.marketplace.complaints.api.ComplaintState.SETTLED,
                        EARLIER_ID));
    }

    @Test
    void file_ontoAnOpenComplaintOfAnEarlierSpelling_isRejectedNamingIt() {
        fixture.given(earlierFiling())
                .when(commands.file().onto(EARLIER_ID))
                .expectNoEvents()
                .expectException(violates(COMPLAINT_ALREADY_OPEN, org.marketplace.complaints.api.ComplaintState.AWAITING_SELLER,
                        EARLIER_ID));
    }

    @Test
    void file_aNewComplaintUnderAnIdNotDerivedFromItsKey_isRejected() {
        FileComplaint elsewhere = commands.file().onto(EARLIER_ID);

        fixture.givenNoPriorActivity()
                .when(elsewhere)
                .expectNoEvents()
                .expectException(IllegalArgumentException.class);
    }

    private ComplaintFiled earlierFiling() {
        return new ComplaintFiled(EARLIER_ID, BUYER_ID, EARLIER_SPELLING, SELLER_ID, CATEGORY, DESCRIPTION, photo(),
                POLICY, now.minusSeconds(3600), now);
    }
}
