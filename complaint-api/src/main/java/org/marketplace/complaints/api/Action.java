package org.marketplace.complaints.api;

import java.util.EnumSet;
import java.util.Set;

/** What a caller may do to a complaint; the read side lists the open ones, the write side enforces them. */
public enum Action {
    ADD_EVIDENCE(Role.BUYER, Role.SELLER),
    RESPOND(Role.SELLER),
    OFFER_SETTLEMENT(Role.SELLER),
    ACCEPT_OFFER(Role.BUYER),
    DECLINE_OFFER(Role.BUYER),
    WITHDRAW(Role.BUYER),
    REQUEST_INTERVENTION(Role.BUYER, Role.SELLER),
    DECLINE_WITHDRAWAL_SUGGESTION(Role.BUYER),
    /** The buyer says the seller did not carry out the accepted settlement: the platform intervenes. */
    REPORT_SETTLEMENT_UNFULFILLED(Role.BUYER),
    /** An arbitrator takes an unassigned case from the queue. */
    TAKE(Role.ARBITRATOR),
    /** The assigned arbitrator puts the case back into the queue. */
    RELEASE(Role.ARBITRATOR),
    /** A supervisor hands the case to an arbitrator of their choice, assigned or not. */
    REASSIGN(Role.SUPERVISOR),
    REQUEST_EVIDENCE(Role.ARBITRATOR),
    SUGGEST_WITHDRAWAL(Role.ARBITRATOR),
    REVIEW_WITHDRAWAL(Role.ARBITRATOR),
    RULE(Role.ARBITRATOR),
    /** A party asks, once and within the window after the ruling, for a second look with new evidence (复核). */
    REQUEST_RECONSIDERATION(Role.BUYER, Role.SELLER),
    /** An arbitrator other than the one who ruled upholds or revises the ruling. */
    DECIDE_RECONSIDERATION(Role.ARBITRATOR);

    private final Set<Role> roles;

    Action(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public boolean isFor(Role role) {
        return roles.contains(role);
    }
}
