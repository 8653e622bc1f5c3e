package org.marketplace.complaints.query.audit;

import java.util.Map;

/**
 * The result of checking stored events against their hash chain (api.md): whether it holds, how many events
 * were checked, how many of those carry the legacy unkeyed hash (stored before the chain was keyed: they prove
 * no accident changed them, but not that nobody with write access to the database did), how many were sealed
 * with each key, and the first event that does not match (null when none).
 */
public record ChainVerification(boolean valid, long eventsChecked, long unkeyed, Map<String, Long> keys,
                                Mismatch firstMismatch) {

    /** Where the chain breaks: the event whose stored form no longer matches its hash, or that is missing. */
    public record Mismatch(String complaintId, long sequence, long globalPosition, String problem) {
    }

    static ChainVerification of(ChainCheck check) {
        return new ChainVerification(check.firstMismatch() == null, check.checked(), check.unkeyed(),
                check.byKey(), check.firstMismatch());
    }
}
