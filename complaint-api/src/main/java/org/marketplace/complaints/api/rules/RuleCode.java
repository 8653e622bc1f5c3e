package org.marketplace.complaints.api.rules;

/** The stable codes of the rules that can refuse a step; clients key on them. */
public enum RuleCode {
    /** The caller is neither the complaint's buyer nor its seller. */
    NOT_A_PARTY,
    /** The caller's role may not take this step at all. */
    ROLE_NOT_ALLOWED,
    COMPLAINT_NOT_FOUND,
    /** One complaint per (buyer, order, category): that complaint is still open. */
    COMPLAINT_ALREADY_OPEN,
    /** 买家在撤销投诉后，不能再次发起同样的投诉. */
    REFILE_AFTER_WITHDRAWAL,
    ALREADY_RULED,
    ALREADY_WITHDRAWN,
    WITHDRAWAL_ALREADY_PENDING,
    /** No withdrawal with that reason is possible in the complaint's state. */
    WITHDRAWAL_NOT_ALLOWED,
    /** Only the assigned arbitrator acts on an intervened complaint. */
    NOT_ASSIGNED,
    /** An arbitrator takes only an unassigned case; only a supervisor hands an assigned one to someone else. */
    ALREADY_ASSIGNED,
    INVALID_STATE,
    /** The window for this step closed; the platform takes over when its timer fires. */
    DEADLINE_PASSED,
    CONCURRENT_MODIFICATION,
    NO_OPEN_OFFER,
    OFFER_ALREADY_OPEN,
    NO_OPEN_SUGGESTION,
    SUGGESTION_ALREADY_OPEN,
    EVIDENCE_REQUEST_ALREADY_OPEN,
    NO_PENDING_WITHDRAWAL,
    /** An exceptional withdrawal after a ruling is approved only by an arbitrator other than the one who ruled. */
    RULING_ARBITRATOR_MAY_NOT_REVIEW,
    /** Withdrawing as SETTLED without an offer accepted on the platform needs the agreed terms in a note. */
    SETTLEMENT_TERMS_REQUIRED,
    /** An exceptional withdrawal after a ruling needs at least one new evidence item. */
    NEW_EVIDENCE_REQUIRED,
    /** A withdrawal request with a reason the platform rejected before, without new evidence. */
    WITHDRAWAL_REPEATED,
    /** A complaint takes at most three withdrawal requests: each one blocks the ruling while pending. */
    TOO_MANY_WITHDRAWAL_REQUESTS,
    /** The buyer accepted a settlement: no new offer while the seller carries it out. */
    SETTLEMENT_AGREED,
    /** The complaint was closed as settled; terminal, and its key can never be filed again. */
    ALREADY_SETTLED,
    /** A complaint's ruling is reconsidered once at most. */
    RECONSIDERATION_ALREADY_USED,
    /** The reconsideration window after the ruling passed: the ruling is final. */
    RECONSIDERATION_WINDOW_CLOSED,
    /** A withdrawal request and a reconsideration never wait at the same time: one blocks the other. */
    REQUEST_PENDING,
    /** The arbitrator who ruled neither takes nor decides its reconsideration. */
    RULING_ARBITRATOR_MAY_NOT_RECONSIDER
}
