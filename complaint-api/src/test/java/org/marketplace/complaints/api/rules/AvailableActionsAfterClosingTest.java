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
 * A ruling is binding: the only step left is the buyer's exceptional withdrawal request, which only an
 * arbitrator other than the one who ruled may review. A withdrawn complaint is terminal: nobody does anything.
 */
class AvailableActionsAfterClosingTest {

    static Stream<Arguments> table() {
        return Stream.of(
                row(RULED, BUYER, WITHDRAW),
                row(RULED, OTHER_BUYER),
                row(RULED, SELLER),
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
