package org.marketplace.complaints.api.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.WithdrawalMode.*;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.fixtures.Situation.*;

/**
 * docs/rules.md, "The withdrawal table", per situation: for each reason the buyer may give now, its mode,
 * and whether it must carry a note (SETTLED directly without an offer accepted on the platform) or new
 * evidence (after a ruling). Empty: no withdrawal possible.
 */
class WithdrawalOptionsTest {

    private static final WithdrawalOption SETTLED_DIRECT_WITH_TERMS = new WithdrawalOption(SETTLED, DIRECT, true, false);
    private static final WithdrawalOption SETTLED_DIRECT = new WithdrawalOption(SETTLED, DIRECT, false, false);
    private static final WithdrawalOption SETTLED_REVIEW = new WithdrawalOption(SETTLED, REVIEW, false, false);
    private static final WithdrawalOption EVIDENCE_REVIEW = new WithdrawalOption(INSUFFICIENT_EVIDENCE, REVIEW, false, false);
    private static final WithdrawalOption MISUNDERSTANDING_REVIEW = new WithdrawalOption(MISUNDERSTANDING, REVIEW, false, false);
    private static final WithdrawalOption SUGGESTED_DIRECT = new WithdrawalOption(PLATFORM_SUGGESTED, DIRECT, false, false);
    private static final WithdrawalOption SETTLED_EXCEPTIONAL = new WithdrawalOption(SETTLED, EXCEPTIONAL, false, true);
    private static final WithdrawalOption EVIDENCE_EXCEPTIONAL = new WithdrawalOption(INSUFFICIENT_EVIDENCE, EXCEPTIONAL, false, true);
    private static final WithdrawalOption MISUNDERSTANDING_EXCEPTIONAL = new WithdrawalOption(MISUNDERSTANDING, EXCEPTIONAL, false, true);

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(AWAITING_SELLER, List.of(SETTLED_DIRECT_WITH_TERMS, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                Arguments.of(NEGOTIATING, List.of(SETTLED_DIRECT_WITH_TERMS, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                Arguments.of(NEGOTIATING_WITH_OPEN_OFFER, List.of(SETTLED_DIRECT_WITH_TERMS, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                Arguments.of(NEGOTIATING_WITH_ACCEPTED_OFFER, List.of(SETTLED_DIRECT, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                Arguments.of(NEGOTIATING_WITH_PENDING_WITHDRAWAL, List.of()),
                Arguments.of(INTERVENED_UNASSIGNED, List.of(SETTLED_REVIEW, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                Arguments.of(INTERVENED_ASSIGNED, List.of(SETTLED_REVIEW, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                Arguments.of(INTERVENED_WITH_OPEN_SUGGESTION,
                        List.of(SETTLED_REVIEW, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW, SUGGESTED_DIRECT)),
                Arguments.of(INTERVENED_WITH_PENDING_WITHDRAWAL, List.of()),
                Arguments.of(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST, List.of(SETTLED_REVIEW, EVIDENCE_REVIEW, MISUNDERSTANDING_REVIEW)),
                // "any reason": every reason the buyer can truthfully give; no suggestion can be open after a ruling
                Arguments.of(RULED, List.of(SETTLED_EXCEPTIONAL, EVIDENCE_EXCEPTIONAL, MISUNDERSTANDING_EXCEPTIONAL)),
                Arguments.of(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, List.of()),
                Arguments.of(WITHDRAWN, List.of()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("table")
    void withdrawalOptions_ofTheBuyer_followTheWithdrawalTable(Situation situation, List<WithdrawalOption> expected) {
        assertThat(ComplaintRules.withdrawalOptions(situation.facts(), Caller.BUYER.actor()))
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(value = Caller.class, names = "BUYER", mode = EnumSource.Mode.EXCLUDE)
    void withdrawalOptions_ofAnyoneButTheBuyer_areEmpty(Caller caller) {
        for (Situation situation : Situation.values()) {
            assertThat(ComplaintRules.withdrawalOptions(situation.facts(), caller.actor())).as(situation.name()).isEmpty();
        }
    }
}
