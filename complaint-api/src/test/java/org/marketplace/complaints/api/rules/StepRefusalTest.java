package org.marketplace.complaints.api.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.fixtures.Caller.*;
import static org.marketplace.complaints.api.fixtures.Situation.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;

/** A party or arbitrator trying a step that the complaint's state forbids is refused with the rule's code. */
class StepRefusalTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(AWAITING_SELLER, BUYER, REQUEST_INTERVENTION, INVALID_STATE),
                Arguments.of(NEGOTIATING, SELLER, RESPOND, INVALID_STATE),
                Arguments.of(NEGOTIATING, ASSIGNED_ARBITRATOR, TAKE, INVALID_STATE),
                Arguments.of(NEGOTIATING, ASSIGNED_ARBITRATOR, RULE, INVALID_STATE),
                Arguments.of(NEGOTIATING_WITH_ACCEPTED_OFFER, SELLER, OFFER_SETTLEMENT, SETTLEMENT_AGREED),
                Arguments.of(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, SELLER, OFFER_SETTLEMENT,
                        SETTLEMENT_AGREED),
                Arguments.of(NEGOTIATING_WITH_ACCEPTED_OFFER, SELLER, REQUEST_INTERVENTION, SETTLEMENT_AGREED),
                Arguments.of(NEGOTIATING_WITH_ACCEPTED_OFFER, BUYER, REQUEST_INTERVENTION, SETTLEMENT_AGREED),
                Arguments.of(NEGOTIATING, BUYER, REPORT_SETTLEMENT_UNFULFILLED, INVALID_STATE),
                Arguments.of(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, BUYER,
                        REPORT_SETTLEMENT_UNFULFILLED, INVALID_STATE),
                Arguments.of(INTERVENED_ASSIGNED, BUYER, REPORT_SETTLEMENT_UNFULFILLED, INVALID_STATE),
                Arguments.of(INTERVENED_ASSIGNED, SELLER, REQUEST_INTERVENTION, INVALID_STATE),
                Arguments.of(INTERVENED_ASSIGNED, SELLER, RESPOND, INVALID_STATE),

                Arguments.of(NEGOTIATING, BUYER, ACCEPT_OFFER, NO_OPEN_OFFER),
                Arguments.of(NEGOTIATING_WITH_ACCEPTED_OFFER, BUYER, DECLINE_OFFER, NO_OPEN_OFFER),
                Arguments.of(NEGOTIATING_WITH_OPEN_OFFER, SELLER, OFFER_SETTLEMENT, OFFER_ALREADY_OPEN),
                Arguments.of(INTERVENED_ASSIGNED, BUYER, DECLINE_WITHDRAWAL_SUGGESTION, NO_OPEN_SUGGESTION),
                Arguments.of(INTERVENED_WITH_OPEN_SUGGESTION, ASSIGNED_ARBITRATOR, SUGGEST_WITHDRAWAL, SUGGESTION_ALREADY_OPEN),
                Arguments.of(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, ASSIGNED_ARBITRATOR, REQUEST_EVIDENCE, EVIDENCE_REQUEST_ALREADY_OPEN),
                Arguments.of(INTERVENED_ASSIGNED, ASSIGNED_ARBITRATOR, REVIEW_WITHDRAWAL, NO_PENDING_WITHDRAWAL),
                Arguments.of(RULED, OTHER_ARBITRATOR, REVIEW_WITHDRAWAL, NO_PENDING_WITHDRAWAL),

                Arguments.of(INTERVENED_UNASSIGNED, ASSIGNED_ARBITRATOR, RULE, NOT_ASSIGNED),
                Arguments.of(INTERVENED_UNASSIGNED, OTHER_ARBITRATOR, REQUEST_EVIDENCE, NOT_ASSIGNED),
                Arguments.of(INTERVENED_ASSIGNED, OTHER_ARBITRATOR, RULE, NOT_ASSIGNED),
                Arguments.of(INTERVENED_ASSIGNED, OTHER_ARBITRATOR, REQUEST_EVIDENCE, NOT_ASSIGNED),
                Arguments.of(INTERVENED_ASSIGNED, OTHER_ARBITRATOR, SUGGEST_WITHDRAWAL, NOT_ASSIGNED),
                Arguments.of(INTERVENED_WITH_PENDING_WITHDRAWAL, OTHER_ARBITRATOR, REVIEW_WITHDRAWAL, NOT_ASSIGNED),

                // "A ruling cannot be issued while a withdrawal request is pending."
                Arguments.of(INTERVENED_WITH_PENDING_WITHDRAWAL, ASSIGNED_ARBITRATOR, RULE, WITHDRAWAL_ALREADY_PENDING),
                Arguments.of(INTERVENED_WITH_PENDING_WITHDRAWAL, ASSIGNED_ARBITRATOR, SUGGEST_WITHDRAWAL, WITHDRAWAL_ALREADY_PENDING),
                Arguments.of(NEGOTIATING_WITH_PENDING_WITHDRAWAL, BUYER, WITHDRAW, WITHDRAWAL_ALREADY_PENDING),
                Arguments.of(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, BUYER, WITHDRAW, WITHDRAWAL_ALREADY_PENDING),
                Arguments.of(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, ASSIGNED_ARBITRATOR, REVIEW_WITHDRAWAL,
                        RULING_ARBITRATOR_MAY_NOT_REVIEW),

                Arguments.of(RULED, BUYER, ADD_EVIDENCE, ALREADY_RULED),
                Arguments.of(RULED, SELLER, ADD_EVIDENCE, ALREADY_RULED),
                Arguments.of(RULED, ASSIGNED_ARBITRATOR, RULE, ALREADY_RULED),
                Arguments.of(RULED, OTHER_ARBITRATOR, TAKE, ALREADY_RULED),
                Arguments.of(WITHDRAWN, BUYER, WITHDRAW, ALREADY_WITHDRAWN),
                Arguments.of(WITHDRAWN, BUYER, ADD_EVIDENCE, ALREADY_WITHDRAWN),
                Arguments.of(WITHDRAWN, SELLER, OFFER_SETTLEMENT, ALREADY_WITHDRAWN),
                Arguments.of(WITHDRAWN, ASSIGNED_ARBITRATOR, REVIEW_WITHDRAWAL, ALREADY_WITHDRAWN),
                Arguments.of(CLOSED_AS_SETTLED, BUYER, WITHDRAW, ALREADY_SETTLED),
                Arguments.of(CLOSED_AS_SETTLED, BUYER, REPORT_SETTLEMENT_UNFULFILLED, ALREADY_SETTLED),
                Arguments.of(CLOSED_AS_SETTLED, SELLER, ADD_EVIDENCE, ALREADY_SETTLED),
                Arguments.of(CLOSED_AS_SETTLED, SELLER, OFFER_SETTLEMENT, ALREADY_SETTLED));
    }

    @ParameterizedTest(name = "{0}: {1} {2} → {3}")
    @MethodSource("refusals")
    void decide_refusesAStepTheStateForbids_withTheRulesCode(Situation situation, Caller caller, Action action,
                                                            RuleCode expected) {
        Decision decision = ComplaintRules.decide(situation.facts(), caller.actor(), action);

        assertThat(decision.isAllowed()).isFalse();
        assertThat(decision.refusal()).isEqualTo(expected);
        assertThat(decision.reason()).isNotBlank();
    }
}
