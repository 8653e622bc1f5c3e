package org.marketplace.complaints.api.view;

/**
 * Where an arbitrator's request for evidence stands: open, answered by every party asked, past its due time
 * without, or closed unanswered by a ruling or withdrawal (as an offer lapses).
 */
public enum EvidenceRequestStatus {
    OPEN,
    FULFILLED,
    EXPIRED,
    LAPSED
}
