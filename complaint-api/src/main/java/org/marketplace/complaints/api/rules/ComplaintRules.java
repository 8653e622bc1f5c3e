package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.marketplace.complaints.api.ComplaintState.*;
import static org.marketplace.complaints.api.rules.Decision.ALLOWED;
import static org.marketplace.complaints.api.rules.Decision.refused;
import static org.marketplace.complaints.api.rules.RuleCode.*;

/**
 * The one place the lifecycle's rules live: given a complaint's facts and the caller, which steps are
 * open now and, for each withdrawal reason, whether it is DIRECT, REVIEW or EXCEPTIONAL. The aggregate
 * decides with it; the read side shows it. Pure: no clock, no I/O.
 */
public final class ComplaintRules {

    /**
     * Each pending request blocks the ruling, so a buyer cannot keep one pending for ever (docs/rules.md,
     * "Requests are not a way to stall").
     */
    public static final int MAX_WITHDRAWAL_REQUESTS = 3;

    private ComplaintRules() {
    }

    /** One complaint per (buyer, order, category), ever: the key's own history decides a filing. */
    public static Decision filing(ComplaintFacts facts) {
        if (!facts.isFiled()) {
            return ALLOWED;
        }
        return switch (facts.state()) {
            case WITHDRAWN -> refused(REFILE_AFTER_WITHDRAWAL, "this complaint was withdrawn and cannot be filed again");
            case RULED -> refused(ALREADY_RULED, "this complaint was ruled on");
            case SETTLED -> refused(ALREADY_SETTLED, "this complaint was closed as settled and cannot be filed again");
            default -> refused(COMPLAINT_ALREADY_OPEN, "a complaint for this order and category is open");
        };
    }

    public static Decision decide(ComplaintFacts facts, Actor caller, Action action) {
        Decision access = access(facts, caller, action);
        if (!access.isAllowed()) {
            return access;
        }
        if (action == Action.WITHDRAW) {
            return withdrawalOptions(facts, caller).isEmpty() ? firstWithdrawalRefusal(facts, caller) : ALLOWED;
        }
        if (facts.state() == WITHDRAWN) {
            return refused(ALREADY_WITHDRAWN, "the complaint was withdrawn");
        }
        if (facts.state() == SETTLED) {
            return refused(ALREADY_SETTLED, "the complaint was closed as settled");
        }
        if (facts.state() == RULED) {
            return afterRuling(facts, caller, action);
        }
        return switch (action) {
            case ADD_EVIDENCE -> ALLOWED;
            case RESPOND -> inState(facts, AWAITING_SELLER);
            case OFFER_SETTLEMENT -> offering(facts);
            case ACCEPT_OFFER, DECLINE_OFFER -> facts.openOffer() == null
                    ? refused(NO_OPEN_OFFER, "no settlement offer is open") : ALLOWED;
            case REQUEST_INTERVENTION -> facts.isSettlementAgreed()
                    ? refused(SETTLEMENT_AGREED, "the settlement was agreed: the buyer reports it unfulfilled instead")
                    : inState(facts, NEGOTIATING);
            case REPORT_SETTLEMENT_UNFULFILLED -> facts.isSettlementAgreed()
                    ? ALLOWED : refused(INVALID_STATE, "no accepted settlement is being carried out");
            case DECLINE_WITHDRAWAL_SUGGESTION -> facts.suggestion() == null
                    ? refused(NO_OPEN_SUGGESTION, "no withdrawal suggestion is open") : ALLOWED;
            case TAKE -> taking(facts);
            case RELEASE -> asAssignee(facts, caller, ALLOWED);
            case REASSIGN -> inState(facts, PLATFORM_INTERVENED);
            case REQUEST_EVIDENCE -> asAssignee(facts, caller, facts.evidenceRequest() == null
                    ? ALLOWED : refused(EVIDENCE_REQUEST_ALREADY_OPEN, "an evidence request is open"));
            case SUGGEST_WITHDRAWAL -> asAssignee(facts, caller, suggesting(facts));
            case RULE -> asAssignee(facts, caller, facts.pendingWithdrawal() == null
                    ? ALLOWED : refused(WITHDRAWAL_ALREADY_PENDING, "a withdrawal request awaits review"));
            case REVIEW_WITHDRAWAL -> reviewing(facts, caller);
            case REQUEST_RECONSIDERATION, DECIDE_RECONSIDERATION ->
                    refused(INVALID_STATE, "only a ruling is reconsidered, the complaint is " + facts.state());
            case WITHDRAW -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * A ruled complaint: its exceptional withdrawal is reviewed; within the window a party asks once for a
     * reconsideration, which an arbitrator other than the one who ruled takes from the queue and decides.
     */
    private static Decision afterRuling(ComplaintFacts facts, Actor caller, Action action) {
        if (action == Action.REVIEW_WITHDRAWAL) {
            return reviewing(facts, caller);
        }
        if (action == Action.REQUEST_RECONSIDERATION) {
            return requestingReconsideration(facts);
        }
        if (facts.reconsideration() == null) {
            return action == Action.DECIDE_RECONSIDERATION
                    ? refused(INVALID_STATE, "no reconsideration awaits a decision")
                    : refused(ALREADY_RULED, "the complaint was ruled on");
        }
        // a pending reconsideration is a case in the queue: taken, given back and handed on like an intervened one
        return switch (action) {
            case TAKE -> facts.assignee() != null
                    ? refused(ALREADY_ASSIGNED, "the reconsideration is assigned; only a supervisor reassigns it")
                    : notTheRulingArbitrator(facts, caller);
            case RELEASE -> caller.is(Role.ARBITRATOR, facts.assignee()) ? ALLOWED
                    : refused(NOT_ASSIGNED, "only the arbitrator who has the reconsideration releases it");
            case REASSIGN -> ALLOWED;
            case DECIDE_RECONSIDERATION -> caller.is(Role.ARBITRATOR, facts.assignee())
                    ? notTheRulingArbitrator(facts, caller)
                    : refused(NOT_ASSIGNED, "only the arbitrator who took the reconsideration decides it");
            default -> refused(ALREADY_RULED, "the complaint was ruled on");
        };
    }

    /** Once, within the window, and never while a withdrawal request waits (nor the other way round). */
    private static Decision requestingReconsideration(ComplaintFacts facts) {
        if (facts.isReconsiderationUsed()) {
            return refused(RECONSIDERATION_ALREADY_USED, "this ruling was already reconsidered or is being reconsidered");
        }
        if (facts.isRulingFinal() || facts.reconsiderationDueBy() == null) {
            return refused(RECONSIDERATION_WINDOW_CLOSED, "the ruling is final");
        }
        return facts.pendingWithdrawal() == null ? ALLOWED
                : refused(REQUEST_PENDING, "a withdrawal request awaits review: no reconsideration meanwhile");
    }

    private static Decision notTheRulingArbitrator(ComplaintFacts facts, Actor caller) {
        return caller.is(Role.ARBITRATOR, facts.ruledBy())
                ? refused(RULING_ARBITRATOR_MAY_NOT_RECONSIDER, "an arbitrator other than the one who ruled reconsiders")
                : ALLOWED;
    }

    /**
     * Whether the ruling is final at that time: by its event, or because its window passed unused before the timer
     * that records it fired (as for every window, the time decides, not the timer).
     */
    public static boolean isRulingFinal(ComplaintFacts facts, Instant at) {
        if (facts.state() != RULED) {
            return false;
        }
        if (facts.isRulingFinal()) {
            return true;
        }
        return facts.reconsideration() == null
                && (facts.reconsiderationDueBy() == null || at.isAfter(facts.reconsiderationDueBy()));
    }

    /** A reconsideration brings what the arbitrator did not have: at least one new evidence item. */
    public static Decision reconsiderationInput(boolean hasNewEvidence) {
        return hasNewEvidence ? ALLOWED
                : refused(NEW_EVIDENCE_REQUIRED, "a reconsideration needs at least one new evidence item");
    }

    /**
     * A step decided at a given time: the seller's first answer counts only within the response window.
     * A persistent timer fires some time after it is due; until it does, the window, not the timer, decides.
     * Likewise a settlement is reported unfulfilled only within its fulfilment window.
     */
    public static Decision decide(ComplaintFacts facts, Actor caller, Action action, Instant at) {
        Decision decision = decide(facts, caller, action);
        boolean firstAnswer = action == Action.RESPOND || action == Action.OFFER_SETTLEMENT;
        if (decision.isAllowed() && firstAnswer && facts.sellerResponseDueBy() != null
                && at.isAfter(facts.sellerResponseDueBy())) {
            return refused(DEADLINE_PASSED, "the seller's response window closed at " + facts.sellerResponseDueBy());
        }
        if (decision.isAllowed() && action == Action.REPORT_SETTLEMENT_UNFULFILLED && at.isAfter(facts.fulfilmentDueBy())) {
            return refused(DEADLINE_PASSED, "the settlement's fulfilment window closed at " + facts.fulfilmentDueBy());
        }
        if (decision.isAllowed() && action == Action.REQUEST_RECONSIDERATION && at.isAfter(facts.reconsiderationDueBy())) {
            return refused(RECONSIDERATION_WINDOW_CLOSED, "the reconsideration window closed at "
                    + facts.reconsiderationDueBy());
        }
        return decision;
    }

    /** Every step the caller may take at that time. */
    public static Set<Action> availableActions(ComplaintFacts facts, Actor caller, Instant at) {
        Set<Action> open = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (decide(facts, caller, action, at).isAllowed()) {
                open.add(action);
            }
        }
        return open;
    }

    /** Every step the caller may take now, the time aside. */
    public static Set<Action> availableActions(ComplaintFacts facts, Actor caller) {
        Set<Action> open = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (decide(facts, caller, action).isAllowed()) {
                open.add(action);
            }
        }
        return open;
    }

    /** How a withdrawal with this reason goes through now (the mode), or why it cannot. */
    public static Decision withdrawal(ComplaintFacts facts, Actor caller, WithdrawalReason reason) {
        Decision access = access(facts, caller, Action.WITHDRAW);
        if (!access.isAllowed()) {
            return access;
        }
        if (facts.state() == WITHDRAWN) {
            return refused(ALREADY_WITHDRAWN, "the complaint was withdrawn");
        }
        if (facts.state() == SETTLED) {
            return refused(ALREADY_SETTLED, "the complaint was closed as settled");
        }
        if (facts.pendingWithdrawal() != null) {
            return refused(WITHDRAWAL_ALREADY_PENDING, "a withdrawal request awaits review");
        }
        if (facts.reconsideration() != null) {
            return refused(REQUEST_PENDING, "a reconsideration awaits a decision: no withdrawal request meanwhile");
        }
        Decision byState = switch (facts.state()) {
            case AWAITING_SELLER, NEGOTIATING -> switch (reason) {
                case SETTLED -> Decision.allowed(WithdrawalMode.DIRECT);
                case INSUFFICIENT_EVIDENCE, MISUNDERSTANDING -> Decision.allowed(WithdrawalMode.REVIEW);
                case PLATFORM_SUGGESTED -> refused(WITHDRAWAL_NOT_ALLOWED, "the platform has not suggested a withdrawal");
            };
            case PLATFORM_INTERVENED -> reason != WithdrawalReason.PLATFORM_SUGGESTED ? Decision.allowed(WithdrawalMode.REVIEW)
                    : facts.suggestion() != null ? Decision.allowed(WithdrawalMode.DIRECT)
                    : refused(WITHDRAWAL_NOT_ALLOWED, "no withdrawal suggestion is open");
            case RULED -> reason == WithdrawalReason.PLATFORM_SUGGESTED
                    ? refused(WITHDRAWAL_NOT_ALLOWED, "a ruled complaint has no open suggestion")
                    : Decision.allowed(WithdrawalMode.EXCEPTIONAL);
            case WITHDRAWN, SETTLED -> throw new IllegalStateException("handled above");
        };
        return byState.isAllowed() && isRequest(byState.mode()) && facts.withdrawalRequests() >= MAX_WITHDRAWAL_REQUESTS
                ? refused(TOO_MANY_WITHDRAWAL_REQUESTS, "a complaint takes at most " + MAX_WITHDRAWAL_REQUESTS
                        + " withdrawal requests; each one held up the ruling")
                : byState;
    }

    /** For each reason the buyer may give now: its mode and what it must carry. Empty: no withdrawal possible. */
    public static List<WithdrawalOption> withdrawalOptions(ComplaintFacts facts, Actor caller) {
        List<WithdrawalOption> options = new ArrayList<>();
        for (WithdrawalReason reason : WithdrawalReason.values()) {
            Decision decision = withdrawal(facts, caller, reason);
            if (decision.isAllowed()) {
                options.add(new WithdrawalOption(reason, decision.mode(), noteRequired(facts, reason, decision.mode()),
                        decision.mode() == WithdrawalMode.EXCEPTIONAL || repeated(facts, reason, decision.mode())));
            }
        }
        return options;
    }

    /** What a withdrawal must carry: the agreed terms when settled off the platform, new evidence after a ruling. */
    public static Decision withdrawalInput(ComplaintFacts facts, WithdrawalReason reason, WithdrawalMode mode,
                                           boolean hasNote, boolean hasNewEvidence) {
        if (noteRequired(facts, reason, mode) && !hasNote) {
            return refused(SETTLEMENT_TERMS_REQUIRED, "no offer was accepted on the platform: state the agreed terms in the note");
        }
        if (mode == WithdrawalMode.EXCEPTIONAL && !hasNewEvidence) {
            return refused(NEW_EVIDENCE_REQUIRED, "withdrawing after a ruling needs at least one new evidence item");
        }
        if (repeated(facts, reason, mode) && !hasNewEvidence) {
            return refused(WITHDRAWAL_REPEATED, "a request with this reason was rejected: ask again only with new evidence");
        }
        return ALLOWED;
    }

    /** A request again with a reason the platform already rejected: only worth reviewing with new evidence. */
    private static boolean repeated(ComplaintFacts facts, WithdrawalReason reason, WithdrawalMode mode) {
        return isRequest(mode) && facts.rejectedWithdrawalReasons().contains(reason);
    }

    /** REVIEW and EXCEPTIONAL withdrawals are requests that wait for the platform; DIRECT ones are not. */
    private static boolean isRequest(WithdrawalMode mode) {
        return mode == WithdrawalMode.REVIEW || mode == WithdrawalMode.EXCEPTIONAL;
    }

    private static boolean noteRequired(ComplaintFacts facts, WithdrawalReason reason, WithdrawalMode mode) {
        return reason == WithdrawalReason.SETTLED && mode == WithdrawalMode.DIRECT && facts.acceptedOffer() == null;
    }

    private static Decision firstWithdrawalRefusal(ComplaintFacts facts, Actor caller) {
        return withdrawal(facts, caller, WithdrawalReason.SETTLED).isAllowed()
                ? withdrawal(facts, caller, WithdrawalReason.PLATFORM_SUGGESTED)
                : withdrawal(facts, caller, WithdrawalReason.SETTLED);
    }

    /**
     * Who becomes the assignee: an arbitrator takes an unassigned case for themselves (TAKE), a supervisor hands
     * any intervened case to whomever they name (REASSIGN). A taken case refuses every other arbitrator first
     * (ALREADY_ASSIGNED), whoever they name; an arbitrator naming a colleague for a free case acts as a supervisor,
     * which their role does not allow. Handing a case to the arbitrator who has it would record nothing new.
     */
    public static Decision assignment(ComplaintFacts facts, Actor caller, ArbitratorId to) {
        boolean supervising = caller.role() == Role.SUPERVISOR;
        Decision decision = decide(facts, caller, supervising ? Action.REASSIGN : Action.TAKE);
        if (!decision.isAllowed()) {
            return decision;
        }
        if (!supervising && !caller.is(Role.ARBITRATOR, to)) {
            return refused(ROLE_NOT_ALLOWED, "only a supervisor hands a case to another arbitrator");
        }
        if (facts.reconsideration() != null && to.equals(facts.ruledBy())) {
            return refused(RULING_ARBITRATOR_MAY_NOT_RECONSIDER, "an arbitrator other than the one who ruled reconsiders");
        }
        return to.equals(facts.assignee())
                ? refused(ALREADY_ASSIGNED, "the case is already assigned to " + to) : ALLOWED;
    }

    /** Who may touch this complaint at all: its buyer, its seller, any staff; in a role that has the step. */
    private static Decision access(ComplaintFacts facts, Actor caller, Action action) {
        if (!facts.isFiled()) {
            return refused(COMPLAINT_NOT_FOUND, "no such complaint");
        }
        boolean party = switch (caller.role()) {
            case BUYER -> caller.is(Role.BUYER, facts.buyerId());
            case SELLER -> caller.is(Role.SELLER, facts.sellerId());
            case ARBITRATOR, SUPERVISOR -> true;
            case AUDITOR, OPERATOR -> false;
        };
        if (!party) {
            return caller.role() == Role.BUYER || caller.role() == Role.SELLER
                    ? refused(NOT_A_PARTY, "only the complaint's buyer and seller may act on it")
                    : refused(ROLE_NOT_ALLOWED, caller.role() + " never changes a complaint");
        }
        return action.isFor(caller.role()) ? ALLOWED : refused(ROLE_NOT_ALLOWED, caller.role() + " may not " + action);
    }

    private static Decision inState(ComplaintFacts facts, ComplaintState required) {
        return facts.state() == required ? ALLOWED
                : refused(INVALID_STATE, "only while " + required + ", the complaint is " + facts.state());
    }

    private static Decision offering(ComplaintFacts facts) {
        if (facts.acceptedOffer() != null) {
            return refused(SETTLEMENT_AGREED, "a settlement offer was already accepted");
        }
        return facts.openOffer() == null ? ALLOWED : refused(OFFER_ALREADY_OPEN, "one settlement offer is open at a time");
    }

    /** Nobody takes over a case from a colleague: a taken case changes hands only by a supervisor. */
    private static Decision taking(ComplaintFacts facts) {
        Decision state = inState(facts, PLATFORM_INTERVENED);
        if (!state.isAllowed()) {
            return state;
        }
        return facts.assignee() == null ? ALLOWED
                : refused(ALREADY_ASSIGNED, "the case is assigned to an arbitrator; only a supervisor reassigns it");
    }

    private static Decision suggesting(ComplaintFacts facts) {
        if (facts.suggestion() != null) {
            return refused(SUGGESTION_ALREADY_OPEN, "a withdrawal suggestion is open");
        }
        return facts.pendingWithdrawal() == null ? ALLOWED
                : refused(WITHDRAWAL_ALREADY_PENDING, "a withdrawal request awaits review");
    }

    /** Arbitration steps: only on an intervened complaint, only by its assigned arbitrator. */
    private static Decision asAssignee(ComplaintFacts facts, Actor caller, Decision then) {
        Decision state = inState(facts, PLATFORM_INTERVENED);
        if (!state.isAllowed()) {
            return state;
        }
        return caller.is(Role.ARBITRATOR, facts.assignee()) ? then
                : refused(NOT_ASSIGNED, "only the assigned arbitrator acts on this complaint");
    }

    private static Decision reviewing(ComplaintFacts facts, Actor caller) {
        PendingWithdrawal pending = facts.pendingWithdrawal();
        if (pending == null) {
            return refused(NO_PENDING_WITHDRAWAL, "no withdrawal request awaits review");
        }
        if (pending.exceptional() && caller.is(Role.ARBITRATOR, facts.ruledBy())) {
            return refused(RULING_ARBITRATOR_MAY_NOT_REVIEW, "an arbitrator other than the one who ruled must review");
        }
        boolean othersCase = facts.state() == PLATFORM_INTERVENED && facts.assignee() != null
                && !caller.is(Role.ARBITRATOR, facts.assignee());
        return othersCase ? refused(NOT_ASSIGNED, "only the assigned arbitrator reviews this request") : ALLOWED;
    }
}
