package org.marketplace.complaints.command.complaint;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.marketplace.complaints.api.event.ComplaintFiled;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.rules.RuleCode.*;
import static org.marketplace.complaints.command.complaint.ComplaintDeadlines.SELLER_RESPONSE;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.*;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

class FilingTest extends ComplaintAggregateTest {

    @Test
    void file_onAFreshKey_startsTheSellersResponseWindowOfThePolicy() {
        fixture.givenNoPriorActivity()
                .when(commands.file())
                .expectEvents(new ComplaintFiled(COMPLAINT_ID, BUYER_ID, ORDER_ID, SELLER_ID, CATEGORY, DESCRIPTION,
                        photo(), POLICY, now, now.plus(POLICY.sellerResponse())))
                .expectScheduledDeadline(POLICY.sellerResponse(), DeadlineDue.at(now.plus(Duration.ofHours(24))))
                .expectScheduledDeadlineWithName(now.plus(POLICY.sellerResponse()), SELLER_RESPONSE);
    }

    @Test
    void file_withTheDefaultPolicy_givesTheSellerFortyEightHours() {
        fixture.givenNoPriorActivity()
                .when(commands.file(CATEGORY, DeadlinePolicy.DEFAULT))
                .expectEvents(new ComplaintFiled(COMPLAINT_ID, BUYER_ID, ORDER_ID, SELLER_ID, CATEGORY, DESCRIPTION,
                        photo(), DeadlinePolicy.DEFAULT, now, now.plus(Duration.ofHours(48))))
                .expectScheduledDeadlineWithName(Duration.ofHours(48), SELLER_RESPONSE);
    }

    @TestFactory
    Stream<DynamicTest> file_whileTheSameComplaintIsOpen_isRejectedNamingTheOpenOne() {
        return ComplaintStates.open(aFiledComplaint()).map(open -> DynamicTest.dynamicTest(open.toString(), () ->
                givenOnAFreshFixture(open)
                        .when(commands.file())
                        .expectNoEvents()
                        .expectException(violates(COMPLAINT_ALREADY_OPEN, open.facts().state(), COMPLAINT_ID))));
    }

    @Test
    void file_afterWithdrawal_isRejectedForGood() {
        given(aNegotiatingComplaint().withdrawn())
                .when(commands.file())
                .expectNoEvents()
                .expectException(violates(REFILE_AFTER_WITHDRAWAL));
    }

    @Test
    void file_afterAWithdrawalRequestWasApproved_isRejectedForGood() {
        given(aNegotiatingComplaint().withPendingWithdrawal().withApprovedWithdrawal())
                .when(commands.file())
                .expectNoEvents()
                .expectException(violates(REFILE_AFTER_WITHDRAWAL));
    }

    @Test
    void file_afterARuling_isRejectedAsAlreadyRuled() {
        given(aRuledComplaint())
                .when(commands.file())
                .expectNoEvents()
                .expectException(violates(ALREADY_RULED));
    }

    @Test
    void file_aDifferentCategoryOnTheSameOrder_isADifferentComplaint() {
        ComplaintCategory other = ComplaintCategory.LATE_DELIVERY;
        ComplaintId otherId = ComplaintId.forKey(BUYER_ID, ORDER_ID, other);
        assertThat(otherId).isNotEqualTo(COMPLAINT_ID);
        assertThat(commands.file(other, POLICY).complaintId()).isEqualTo(otherId);

        fixture.givenNoPriorActivity()
                .when(commands.file(other, POLICY))
                .expectEvents(new ComplaintFiled(otherId, BUYER_ID, ORDER_ID, SELLER_ID, other, DESCRIPTION,
                        photo(), POLICY, now, now.plus(POLICY.sellerResponse())));
    }
}
