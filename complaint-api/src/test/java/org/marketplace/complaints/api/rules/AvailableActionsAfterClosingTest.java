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
 * A ruling is binding, but within its window either party may ask once for its reconsideration, which an arbitrator
 * other than the one who ruled takes and decides; the buyer's exceptional withdrawal request stays open, reviewed
 * only by an arbitrator other than the one who ruled; the two never wait at the same time. A withdrawn complaint is terminal: nobody does anything.
 */
class AvailableActionsAfterClosingTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(RULED, BUYER, WITHDRAW, REQUEST_RECONSIDERATION),
                row(RULED, OTHER_BUYER),
                row(RULED, SELLER, REQUEST_RECONSIDERATION),
                row(RULED, OTHER_SELLER),
                row(RULED, ASSIGNED_ARBITRATOR),
                row(RULED, OTHER_ARBITRATOR),
                row(RULED, AUDITOR),
                row(RULED, OPERATOR),
                row(RULED, SUPERVISOR),

                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, BUYER),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, OTHER_BUYER),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, SELLER),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, OTHER_SELLER),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, ASSIGNED_ARBITRATOR),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, OTHER_ARBITRATOR, REVIEW_WITHDRAWAL),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, AUDITOR),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, OPERATOR),
                row(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, SUPERVISOR),

                // a reconsideration waits in the queue for an arbitrator other than the one who ruled; meanwhile no
                // withdrawal request (REQUEST_PENDING)
                row(RULED_UNDER_RECONSIDERATION, BUYER),
                row(RULED_UNDER_RECONSIDERATION, OTHER_BUYER),
                row(RULED_UNDER_RECONSIDERATION, SELLER),
                row(RULED_UNDER_RECONSIDERATION, OTHER_SELLER),
                row(RULED_UNDER_RECONSIDERATION, ASSIGNED_ARBITRATOR),
                row(RULED_UNDER_RECONSIDERATION, OTHER_ARBITRATOR, TAKE),
                row(RULED_UNDER_RECONSIDERATION, AUDITOR),
                row(RULED_UNDER_RECONSIDERATION, OPERATOR),
                row(RULED_UNDER_RECONSIDERATION, SUPERVISOR, REASSIGN),

                row(RECONSIDERATION_TAKEN, BUYER),
                row(RECONSIDERATION_TAKEN, OTHER_BUYER),
                row(RECONSIDERATION_TAKEN, SELLER),
                row(RECONSIDERATION_TAKEN, OTHER_SELLER),
                row(RECONSIDERATION_TAKEN, ASSIGNED_ARBITRATOR),
                row(RECONSIDERATION_TAKEN, OTHER_ARBITRATOR, RELEASE, DECIDE_RECONSIDERATION),
                row(RECONSIDERATION_TAKEN, AUDITOR),
                row(RECONSIDERATION_TAKEN, OPERATOR),
                row(RECONSIDERATION_TAKEN, SUPERVISOR, REASSIGN),

                // final, by the window or by a decided reconsideration: only the exceptional withdrawal is left
                row(RULING_FINAL, BUYER, WITHDRAW),
                row(RULING_FINAL, OTHER_BUYER),
                row(RULING_FINAL, SELLER),
                row(RULING_FINAL, OTHER_SELLER),
                row(RULING_FINAL, ASSIGNED_ARBITRATOR),
                row(RULING_FINAL, OTHER_ARBITRATOR),
                row(RULING_FINAL, AUDITOR),
                row(RULING_FINAL, OPERATOR),
                row(RULING_FINAL, SUPERVISOR),

                row(RULING_REVISED, BUYER, WITHDRAW),
                row(RULING_REVISED, OTHER_BUYER),
                row(RULING_REVISED, SELLER),
                row(RULING_REVISED, OTHER_SELLER),
                row(RULING_REVISED, ASSIGNED_ARBITRATOR),
                row(RULING_REVISED, OTHER_ARBITRATOR),
                row(RULING_REVISED, AUDITOR),
                row(RULING_REVISED, OPERATOR),
                row(RULING_REVISED, SUPERVISOR),

                row(WITHDRAWN, BUYER),
                row(WITHDRAWN, OTHER_BUYER),
                row(WITHDRAWN, SELLER),
                row(WITHDRAWN, OTHER_SELLER),
                row(WITHDRAWN, ASSIGNED_ARBITRATOR),
                row(WITHDRAWN, OTHER_ARBITRATOR),
                row(WITHDRAWN, AUDITOR),
                row(WITHDRAWN, OPERATOR),
                row(WITHDRAWN, SUPERVISOR),

                // closed as settled when the fulfilment window passed: terminal like a withdrawal
                row(CLOSED_AS_SETTLED, BUYER),
                row(CLOSED_AS_SETTLED, OTHER_BUYER),
                row(CLOSED_AS_SETTLED, SELLER),
                row(CLOSED_AS_SETTLED, OTHER_SELLER),
                row(CLOSED_AS_SETTLED, ASSIGNED_ARBITRATOR),
                row(CLOSED_AS_SETTLED, OTHER_ARBITRATOR),
                row(CLOSED_AS_SETTLED, AUDITOR),
                row(CLOSED_AS_SETTLED, OPERATOR),
                row(CLOSED_AS_SETTLED, SUPERVISOR));
    }

    @ParameterizedTest(name = "{0}: {1} may {2}")
    @MethodSource("table")
    void availableActions_afterRulingOrWithdrawal_areExactlyTheSpecifiedOnes(Situation situation, Caller caller,
                                                                             EnumSet<Action> expected) {
        assertThat(ComplaintRules.availableActions(situation.facts(), caller.actor())).isEqualTo(expected);
    }
}
