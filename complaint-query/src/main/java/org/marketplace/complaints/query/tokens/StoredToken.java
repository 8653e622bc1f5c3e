package org.marketplace.complaints.query.tokens;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.TrackingToken;

/**
 * One row of the token table as read without claiming it: a segment's token as last stored (at the end of a
 * batch, or when its owner extended the claim), who claims it and when the claim was last renewed.
 */
public record StoredToken(int segment, TrackingToken token, String owner, Instant claimedAt) {

    /** Whether an instance holds the segment now: Axon lets another take it once the claim is older than the timeout. */
    public boolean claimed(Instant now, Duration claimTimeout) {
        return owner != null && claimedAt != null && claimedAt.isAfter(now.minus(claimTimeout));
    }

    /** The highest position the token has seen, -1 for none (a segment that never processed an event). */
    public long position() {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
