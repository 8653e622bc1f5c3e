package org.marketplace.complaints.api.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.WithdrawalReason.*;
import static org.marketplace.complaints.api.fixtures.Caller.*;
import static org.marketplace.complaints.api.fixtures.Situation.*;
import static org.marketplace.complaints.api.rules.RuleCode.*;

/** The rows of the withdrawal table that say no, and who may not withdraw at all. */
class WithdrawalRefusalTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(WithdrawalReason.class)
    void withdraw_afterWithdrawal_isAlreadyWithdrawn(WithdrawalReason reason) {
        assertThat(refusal(WITHDRAWN, BUYER, reason)).isEqualTo(ALREADY_WITHDRAWN);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(WithdrawalReason.class)
    void withdraw_whileARequestIsPending_isRefusedInEveryState(WithdrawalReason reason) {
        assertThat(refusal(NEGOTIATING_WITH_PENDING_WITHDRAWAL, BUYER, reason)).isEqualTo(WITHDRAWAL_ALREADY_PENDING);
        assertThat(refusal(INTERVENED_WITH_PENDING_WITHDRAWAL, BUYER, reason)).isEqualTo(WITHDRAWAL_ALREADY_PENDING);
        assertThat(refusal(RULED_WITH_PENDING_EXCEPTIONAL_REQUEST, BUYER, reason)).isEqualTo(WITHDRAWAL_ALREADY_PENDING);
    }

    static Stream<Arguments> platformSuggestedWithoutSuggestion() {
        return Stream.of(Arguments.of(AWAITING_SELLER), Arguments.of(NEGOTIATING), Arguments.of(INTERVENED_UNASSIGNED),
                Arguments.of(INTERVENED_ASSIGNED), Arguments.of(INTERVENED_WITH_OPEN_EVIDENCE_REQUEST), Arguments.of(RULED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("platformSuggestedWithoutSuggestion")
    void withdraw_asPlatformSuggested_withoutAnOpenSuggestion_isNotAllowed(Situation situation) {
        assertThat(refusal(situation, BUYER, PLATFORM_SUGGESTED)).isEqualTo(WITHDRAWAL_NOT_ALLOWED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    void withdraw_byAnyoneButTheComplaintsBuyer_isRefusedForWhoTheyAre(Situation situation) {
        assertThat(refusal(situation, OTHER_BUYER, SETTLED)).isEqualTo(NOT_A_PARTY);
        assertThat(refusal(situation, SELLER, SETTLED)).isEqualTo(ROLE_NOT_ALLOWED);
        assertThat(refusal(situation, OTHER_SELLER, SETTLED)).isEqualTo(NOT_A_PARTY);
        assertThat(refusal(situation, ASSIGNED_ARBITRATOR, SETTLED)).isEqualTo(ROLE_NOT_ALLOWED);
        assertThat(refusal(situation, AUDITOR, SETTLED)).isEqualTo(ROLE_NOT_ALLOWED);
        assertThat(refusal(situation, OPERATOR, SETTLED)).isEqualTo(ROLE_NOT_ALLOWED);
    }

    private static RuleCode refusal(Situation situation, Caller caller, WithdrawalReason reason) {
        Decision decision = ComplaintRules.withdrawal(situation.facts(), caller.actor(), reason);
        assertThat(decision.isAllowed()).as("%s %s withdraws as %s", situation, caller, reason).isFalse();
        return decision.refusal();
    }
}
