package org.marketplace.complaints.query.audit;

/**
 * The result of checking stored events against their hash chain (api.md): whether it holds, how many events
 * were checked, and the first event that does not match (null when none).
 */
public record ChainVerification(boolean valid, long eventsChecked, Mismatch firstMismatch) {

    /** Where the chain breaks: the event whose stored form no longer matches its hash, or that is missing. */
    public record Mismatch(String complaintId, long sequence, long globalPosition, String problem) {
    }

    static ChainVerification holds(long checked) {
        return new ChainVerification(true, checked, null);
    }

    static ChainVerification breaksAt(long checked, Mismatch mismatch) {
        return new ChainVerification(false, checked, mismatch);
    }
}
