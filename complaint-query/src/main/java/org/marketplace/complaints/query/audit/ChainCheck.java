package org.marketplace.complaints.query.audit;

import java.util.Map;
import java.util.TreeMap;
import org.marketplace.complaints.platform.integrity.ChainKeys;
import org.marketplace.complaints.platform.integrity.StoredEvent;

/**
 * One verification run: checks stored events one by one against their stored hashes and tallies the outcome
 * until the first mismatch. An unkeyed hash is the legacy format only before the chain was keyed (below
 * {@code firstKeyedPosition}, the position of the first keyed hash); later it is what someone who rewrote an
 * event and recomputed a plain SHA-256 would leave behind, so it is a mismatch.
 */
final class ChainCheck {

    private final ChainKeys keys;
    private final long firstKeyedPosition;
    private final Map<String, Long> byKey = new TreeMap<>();
    private long checked;
    private long unkeyed;
    private ChainVerification.Mismatch firstMismatch;

    ChainCheck(ChainKeys keys, long firstKeyedPosition) {
        this.keys = keys;
        this.firstKeyedPosition = firstKeyedPosition;
    }

    /** Checks one event; false once the chain is broken (here or before), so callers can stop. */
    boolean accept(StoredEvent event, String previousHash, String keyId, String storedHash) {
        if (firstMismatch != null) {
            return false;
        }
        checked++;
        ChainKeys.Verdict verdict = keys.check(previousHash, event, keyId, storedHash);
        String problem = switch (verdict) {
            case MISMATCH -> "its stored form does not match its hash";
            case UNKNOWN_KEY -> "its hash was made with key '" + keyId + "', which is not configured here";
            case UNKEYED -> event.globalIndex() > firstKeyedPosition ? "it has an unkeyed hash, stored after the "
                    + "chain was keyed" : null;
            case KEYED -> null;
        };
        if (problem != null) {
            return broken(event, problem);
        }
        if (verdict == ChainKeys.Verdict.UNKEYED) {
            unkeyed++;
        } else {
            byKey.merge(keyId, 1L, Long::sum);
        }
        return true;
    }

    /** A break found at an event other than by its hash: an event before it is missing. */
    boolean missingBefore(StoredEvent event) {
        checked++;
        return broken(event, "an event before it is missing");
    }

    private boolean broken(StoredEvent event, String problem) {
        return broken(new ChainVerification.Mismatch(event.aggregateIdentifier(), event.sequenceNumber(),
                event.globalIndex(), problem));
    }

    boolean broken(ChainVerification.Mismatch mismatch) {
        if (firstMismatch == null) {
            firstMismatch = mismatch;
        }
        return false;
    }

    long checked() {
        return checked;
    }

    long unkeyed() {
        return unkeyed;
    }

    Map<String, Long> byKey() {
        return byKey;
    }

    ChainVerification.Mismatch firstMismatch() {
        return firstMismatch;
    }
}
