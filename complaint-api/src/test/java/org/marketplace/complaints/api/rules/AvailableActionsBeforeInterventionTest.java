package org.marketplace.complaints.api.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.EnumSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.fixtures.Caller.*;
import static org.marketplace.complaints.api.fixtures.Situation.*;
import static org.marketplace.complaints.api.rules.ActionRows.row;

/**
 * docs/rules.md, "Before the platform intervenes" and "Withdrawal": what each caller may do while the parties
 * deal with each other. Strangers and staff who never change a complaint get nothing; arbitrators only
 * review a pending withdrawal request (no assignee yet, so any of them).
 */
class AvailableActionsBeforeInterventionTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(AWAITING_SELLER, BUYER, ADD_EVIDENCE, WITHDRAW),
                row(AWAITING_SELLER, OTHER_BUYER),
                row(AWAITING_SELLER, SELLER, ADD_EVIDENCE, RESPOND, OFFER_SETTLEMENT),
                row(AWAITING_SELLER, OTHER_SELLER),
                row(AWAITING_SELLER, ASSIGNED_ARBITRATOR),
                row(AWAITING_SELLER, OTHER_ARBITRATOR),
                row(AWAITING_SELLER, AUDITOR),
                row(AWAITING_SELLER, OPERATOR),
                row(AWAITING_SELLER, SUPERVISOR),

                row(NEGOTIATING, BUYER, ADD_EVIDENCE, WITHDRAW, REQUEST_INTERVENTION),
                row(NEGOTIATING, OTHER_BUYER),
                row(NEGOTIATING, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT, REQUEST_INTERVENTION),
                row(NEGOTIATING, OTHER_SELLER),
                row(NEGOTIATING, ASSIGNED_ARBITRATOR),
                row(NEGOTIATING, OTHER_ARBITRATOR),
                row(NEGOTIATING, AUDITOR),
                row(NEGOTIATING, OPERATOR),
                row(NEGOTIATING, SUPERVISOR),

                row(NEGOTIATING_WITH_OPEN_OFFER, BUYER, ADD_EVIDENCE, ACCEPT_OFFER, DECLINE_OFFER, WITHDRAW, REQUEST_INTERVENTION),
                row(NEGOTIATING_WITH_OPEN_OFFER, OTHER_BUYER),
                row(NEGOTIATING_WITH_OPEN_OFFER, SELLER, ADD_EVIDENCE, REQUEST_INTERVENTION),
                row(NEGOTIATING_WITH_OPEN_OFFER, OTHER_SELLER),
                row(NEGOTIATING_WITH_OPEN_OFFER, ASSIGNED_ARBITRATOR),
                row(NEGOTIATING_WITH_OPEN_OFFER, OTHER_ARBITRATOR),
                row(NEGOTIATING_WITH_OPEN_OFFER, AUDITOR),
                row(NEGOTIATING_WITH_OPEN_OFFER, OPERATOR),
                row(NEGOTIATING_WITH_OPEN_OFFER, SUPERVISOR),

                // the settlement is being carried out: no new offers; the buyer withdraws as SETTLED or reports it
                // unfulfilled, which is then the only way to the platform (a plain request would skip the report)
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, BUYER, ADD_EVIDENCE, WITHDRAW, REPORT_SETTLEMENT_UNFULFILLED),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, OTHER_BUYER),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, SELLER, ADD_EVIDENCE),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, OTHER_SELLER),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, ASSIGNED_ARBITRATOR),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, OTHER_ARBITRATOR),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, AUDITOR),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, OPERATOR),
                row(NEGOTIATING_WITH_ACCEPTED_OFFER, SUPERVISOR),

                // accepted before fulfilment windows existed: the negotiation window and its steps stay as they were
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, BUYER, ADD_EVIDENCE, WITHDRAW, REQUEST_INTERVENTION),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, OTHER_BUYER),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, SELLER, ADD_EVIDENCE, REQUEST_INTERVENTION),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, OTHER_SELLER),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, ASSIGNED_ARBITRATOR),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, OTHER_ARBITRATOR),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, AUDITOR),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, OPERATOR),
                row(NEGOTIATING_WITH_OFFER_ACCEPTED_BEFORE_FULFILMENT_WINDOWS, SUPERVISOR),

                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, BUYER, ADD_EVIDENCE, REQUEST_INTERVENTION),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, OTHER_BUYER),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT, REQUEST_INTERVENTION),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, OTHER_SELLER),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, ASSIGNED_ARBITRATOR, REVIEW_WITHDRAWAL),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, OTHER_ARBITRATOR, REVIEW_WITHDRAWAL),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, AUDITOR),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, OPERATOR),
                row(NEGOTIATING_WITH_PENDING_WITHDRAWAL, SUPERVISOR));
    }

    @ParameterizedTest(name = "{0}: {1} may {2}")
    @MethodSource("table")
    void availableActions_beforeIntervention_areExactlyTheSpecifiedOnes(Situation situation, Caller caller,
                                                                        EnumSet<Action> expected) {
        assertThat(ComplaintRules.availableActions(situation.facts(), caller.actor())).isEqualTo(expected);
    }
}
