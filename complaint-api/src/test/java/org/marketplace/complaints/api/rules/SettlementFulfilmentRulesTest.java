package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.fixtures.ComplaintHistory;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.*;
import static org.marketplace.complaints.api.fixtures.Parties.BUYER;

/** docs/rules.md, "A settlement that was agreed": the fulfilment window, its report and its close as settled. */
class SettlementFulfilmentRulesTest {

    @Test
    void anAcceptedOffer_stopsTheNegotiationWindow_andWaitsForTheSellerToFulfil() {
        ComplaintHistory history = negotiatingWithAcceptedOffer();

        assertThat(history.facts().negotiationDueBy()).isNull();
        assertThat(history.facts().nextDeadline()).isEqualTo(new NextDeadline(DeadlineKind.SETTLEMENT_FULFILMENT,
                history.now().plus(Duration.ofDays(7)), DeadlineParty.SELLER));
    }

    @Test
    void anAcceptanceStoredBeforeFulfilmentWindows_keepsItsNegotiationWindow() {
        ComplaintFacts facts = negotiatingWithOfferAcceptedBeforeFulfilmentWindows().facts();

        assertThat(facts.isSettlementAgreed()).isFalse();
        assertThat(facts.nextDeadline().kind()).isEqualTo(DeadlineKind.NEGOTIATION);
    }

    @Test
    void duringFulfilment_theBuyerWithdrawsAsSettledAtOnce_withoutANote() {
        assertThat(ComplaintRules.withdrawalOptions(negotiatingWithAcceptedOffer().facts(), BUYER))
                .contains(new WithdrawalOption(WithdrawalReason.SETTLED, WithdrawalMode.DIRECT, false, false));
    }

    @Test
    void reportingUnfulfilled_afterTheWindowClosed_isRefusedAsDeadlinePassed() {
        ComplaintFacts facts = negotiatingWithAcceptedOffer().facts();

        Decision within = ComplaintRules.decide(facts, BUYER, Action.REPORT_SETTLEMENT_UNFULFILLED, facts.fulfilmentDueBy());
        Decision after = ComplaintRules.decide(facts, BUYER, Action.REPORT_SETTLEMENT_UNFULFILLED,
                facts.fulfilmentDueBy().plusSeconds(1));

        assertThat(within.isAllowed()).isTrue();
        assertThat(after.refusal()).isEqualTo(RuleCode.DEADLINE_PASSED);
    }

    @Test
    void aReportedSettlement_isIntervened_andEndsTheFulfilmentWindow() {
        ComplaintFacts facts = intervenedOverUnfulfilledSettlement().facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.PLATFORM_INTERVENED);
        assertThat(facts.interventionReason()).isEqualTo(InterventionReason.SETTLEMENT_UNFULFILLED);
        assertThat(facts.isSettlementAgreed()).isFalse();
        assertThat(facts.nextDeadline()).isNull();
    }

    @Test
    void closedAsSettled_isTerminal_withoutDeadline_andBlocksRefiling() {
        ComplaintFacts facts = settled().facts();

        assertThat(facts.state()).isEqualTo(ComplaintState.SETTLED);
        assertThat(facts.state().isTerminal()).isTrue();
        assertThat(facts.nextDeadline()).isNull();
        assertThat(ComplaintRules.filing(facts).refusal()).isEqualTo(RuleCode.ALREADY_SETTLED);
        assertThat(ComplaintRules.withdrawalOptions(facts, BUYER)).isEmpty();
    }
}
