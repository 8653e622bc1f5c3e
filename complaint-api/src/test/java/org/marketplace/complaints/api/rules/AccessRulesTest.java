package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.Parties.SELLER_ID;

/** Who may touch a complaint at all: its own buyer and seller, arbitrators; auditors and operators never change one. */
class AccessRulesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    void anotherBuyerOrSeller_isNotAParty_toAnyStep(Situation situation) {
        for (Action action : Action.values()) {
            assertThat(ComplaintRules.decide(situation.facts(), Caller.OTHER_BUYER.actor(), action).refusal())
                    .isEqualTo(RuleCode.NOT_A_PARTY);
            assertThat(ComplaintRules.decide(situation.facts(), Caller.OTHER_SELLER.actor(), action).refusal())
                    .isEqualTo(RuleCode.NOT_A_PARTY);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    void auditorsAndOperators_areNeverAllowedToChangeAComplaint(Situation situation) {
        for (Action action : Action.values()) {
            assertThat(ComplaintRules.decide(situation.facts(), Caller.AUDITOR.actor(), action).refusal())
                    .isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
            assertThat(ComplaintRules.decide(situation.facts(), Caller.OPERATOR.actor(), action).refusal())
                    .isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
        }
    }

    @ParameterizedTest(name = "{0} may not {1}")
    @CsvSource({
            "BUYER, RESPOND", "BUYER, OFFER_SETTLEMENT", "BUYER, RULE", "BUYER, TAKE", "BUYER, REASSIGN", "ASSIGNED_ARBITRATOR, REASSIGN",
            "SUPERVISOR, TAKE", "SUPERVISOR, RELEASE", "SUPERVISOR, RULE", "SUPERVISOR, REVIEW_WITHDRAWAL",
            "SELLER, WITHDRAW", "SELLER, ACCEPT_OFFER", "SELLER, DECLINE_WITHDRAWAL_SUGGESTION", "SELLER, REVIEW_WITHDRAWAL",
            "ASSIGNED_ARBITRATOR, ADD_EVIDENCE", "ASSIGNED_ARBITRATOR, WITHDRAW", "OTHER_ARBITRATOR, REQUEST_INTERVENTION"})
    void aParty_isRefusedAStepOfAnotherRole(Caller caller, Action action) {
        Decision decision = ComplaintRules.decide(Situation.INTERVENED_WITH_PENDING_WITHDRAWAL.facts(), caller.actor(), action);

        assertThat(decision.refusal()).isEqualTo(RuleCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void aBuyerAccount_namedLikeTheSeller_isNotAParty() {
        Actor impostor = new Actor(Role.BUYER, SELLER_ID.value());

        assertThat(ComplaintRules.decide(Situation.NEGOTIATING.facts(), impostor, Action.ADD_EVIDENCE).refusal())
                .isEqualTo(RuleCode.NOT_A_PARTY);
    }

    @Test
    void anUnfiledComplaint_isNotFound_andOffersNothing() {
        ComplaintFacts unfiled = ComplaintFacts.none();

        for (Action action : Action.values()) {
            assertThat(ComplaintRules.decide(unfiled, Caller.BUYER.actor(), action).refusal())
                    .isEqualTo(RuleCode.COMPLAINT_NOT_FOUND);
        }
        assertThat(ComplaintRules.withdrawal(unfiled, Caller.BUYER.actor(), WithdrawalReason.SETTLED).refusal())
                .isEqualTo(RuleCode.COMPLAINT_NOT_FOUND);
        assertThat(ComplaintRules.availableActions(unfiled, Caller.BUYER.actor())).isEmpty();
        assertThat(ComplaintRules.withdrawalOptions(unfiled, Caller.BUYER.actor())).isEmpty();
    }
}
