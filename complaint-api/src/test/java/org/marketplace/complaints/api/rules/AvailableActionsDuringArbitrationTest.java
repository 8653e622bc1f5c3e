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
 * docs/rules.md, "Arbitration" and "Who arbitrates": only the assigned arbitrator acts on an intervened complaint
 * and may release it; any arbitrator takes an unassigned case, nobody takes over an assigned one; the supervisor
 * reassigns any intervened case; parties add evidence until the ruling; no ruling while a withdrawal request is
 * pending.
 * Spec silent, chosen as marketplaces do: the seller may still offer a settlement after intervention, and
 * the arbitrator may rule while a suggestion or evidence request is open (neither may block a ruling).
 */
class AvailableActionsDuringArbitrationTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(INTERVENED_UNASSIGNED, BUYER, ADD_EVIDENCE, WITHDRAW),
                row(INTERVENED_UNASSIGNED, OTHER_BUYER),
                row(INTERVENED_UNASSIGNED, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_UNASSIGNED, OTHER_SELLER),
                row(INTERVENED_UNASSIGNED, ASSIGNED_ARBITRATOR, TAKE),
                row(INTERVENED_UNASSIGNED, OTHER_ARBITRATOR, TAKE),
                row(INTERVENED_UNASSIGNED, AUDITOR),
                row(INTERVENED_UNASSIGNED, OPERATOR),
                row(INTERVENED_UNASSIGNED, SUPERVISOR, REASSIGN),

                row(INTERVENED_RELEASED, BUYER, ADD_EVIDENCE, WITHDRAW),
                row(INTERVENED_RELEASED, OTHER_BUYER),
                row(INTERVENED_RELEASED, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_RELEASED, OTHER_SELLER),
                row(INTERVENED_RELEASED, ASSIGNED_ARBITRATOR, TAKE),
                row(INTERVENED_RELEASED, OTHER_ARBITRATOR, TAKE),
                row(INTERVENED_RELEASED, AUDITOR),
                row(INTERVENED_RELEASED, OPERATOR),
                row(INTERVENED_RELEASED, SUPERVISOR, REASSIGN),

                row(INTERVENED_REASSIGNED, BUYER, ADD_EVIDENCE, WITHDRAW),
                row(INTERVENED_REASSIGNED, OTHER_BUYER),
                row(INTERVENED_REASSIGNED, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_REASSIGNED, OTHER_SELLER),
                row(INTERVENED_REASSIGNED, ASSIGNED_ARBITRATOR),
                row(INTERVENED_REASSIGNED, OTHER_ARBITRATOR, RELEASE, REQUEST_EVIDENCE, SUGGEST_WITHDRAWAL, RULE),
                row(INTERVENED_REASSIGNED, AUDITOR),
                row(INTERVENED_REASSIGNED, OPERATOR),
                row(INTERVENED_REASSIGNED, SUPERVISOR, REASSIGN),

                row(INTERVENED_ASSIGNED, BUYER, ADD_EVIDENCE, WITHDRAW),
                row(INTERVENED_ASSIGNED, OTHER_BUYER),
                row(INTERVENED_ASSIGNED, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_ASSIGNED, OTHER_SELLER),
                row(INTERVENED_ASSIGNED, ASSIGNED_ARBITRATOR, RELEASE, REQUEST_EVIDENCE, SUGGEST_WITHDRAWAL, RULE),
                row(INTERVENED_ASSIGNED, OTHER_ARBITRATOR),
                row(INTERVENED_ASSIGNED, AUDITOR),
                row(INTERVENED_ASSIGNED, OPERATOR),
                row(INTERVENED_ASSIGNED, SUPERVISOR, REASSIGN),

                row(INTERVENED_WITH_OPEN_SUGGESTION, BUYER, ADD_EVIDENCE, WITHDRAW, DECLINE_WITHDRAWAL_SUGGESTION),
                row(INTERVENED_WITH_OPEN_SUGGESTION, OTHER_BUYER),
                row(INTERVENED_WITH_OPEN_SUGGESTION, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_WITH_OPEN_SUGGESTION, OTHER_SELLER),
                row(INTERVENED_WITH_OPEN_SUGGESTION, ASSIGNED_ARBITRATOR, RELEASE, REQUEST_EVIDENCE, RULE),
                row(INTERVENED_WITH_OPEN_SUGGESTION, OTHER_ARBITRATOR),
                row(INTERVENED_WITH_OPEN_SUGGESTION, AUDITOR),
                row(INTERVENED_WITH_OPEN_SUGGESTION, OPERATOR),
                row(INTERVENED_WITH_OPEN_SUGGESTION, SUPERVISOR, REASSIGN),

                row(INTERVENED_WITH_PENDING_WITHDRAWAL, BUYER, ADD_EVIDENCE),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, OTHER_BUYER),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, OTHER_SELLER),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, ASSIGNED_ARBITRATOR, RELEASE, REQUEST_EVIDENCE, REVIEW_WITHDRAWAL),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, OTHER_ARBITRATOR),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, AUDITOR),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, OPERATOR),
                row(INTERVENED_WITH_PENDING_WITHDRAWAL, SUPERVISOR, REASSIGN),

                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, BUYER, ADD_EVIDENCE, WITHDRAW),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, OTHER_BUYER),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, SELLER, ADD_EVIDENCE, OFFER_SETTLEMENT),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, OTHER_SELLER),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, ASSIGNED_ARBITRATOR, RELEASE, SUGGEST_WITHDRAWAL, RULE),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, OTHER_ARBITRATOR),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, AUDITOR),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, OPERATOR),
                row(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, SUPERVISOR, REASSIGN));
    }

    @ParameterizedTest(name = "{0}: {1} may {2}")
    @MethodSource("table")
    void availableActions_duringArbitration_areExactlyTheSpecifiedOnes(Situation situation, Caller caller,
                                                                       EnumSet<Action> expected) {
        assertThat(ComplaintRules.availableActions(situation.facts(), caller.actor())).isEqualTo(expected);
    }
}
