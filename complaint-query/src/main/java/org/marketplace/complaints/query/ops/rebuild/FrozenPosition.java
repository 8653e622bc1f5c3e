package org.marketplace.complaints.query.ops.rebuild;

import java.util.Arrays;
import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;

/**
 * How far a processor's read model has got: every event at or below the answer is in its tables. Per segment two
 * lower bounds, of which the rebuild takes the higher: the status of a segment this instance was running (which
 * passes an event the segment does not own at once) and the stored token (stored with the rows, but for such
 * events only some time later); the answer is the lowest segment's. Segments other instances ran count by their
 * stored tokens: they stopped before the rebuild starts. A gap (an event a slow transaction committed late) is
 * not in the tables yet: the answer stops below it.
 */
final class FrozenPosition {

    private FrozenPosition() {
    }

    /** Call in a transaction: fetching a token claims its segment, as the reset that follows does too. */
    static long of(TokenStore tokens, String processor) {
        return of(tokens, processor, Map.of());
    }

    /** {@code local}: the statuses of the segments this instance ran, by segment, read before it stopped. */
    static long of(TokenStore tokens, String processor, Map<Integer, EventTrackerStatus> local) {
        return Arrays.stream(tokens.fetchSegments(processor)).mapToLong(segment -> {
            long stored = complete(tokens.fetchToken(processor, segment));
            EventTrackerStatus status = local.get(segment);
            return status == null ? stored : Math.max(stored, complete(status.getTrackingToken()));
        }).min().orElse(0);
    }

    private static long complete(TrackingToken token) {
        if (token == null) {
            return 0;
        }
        long index = token.position().orElse(0);
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .filter(gapAware -> !gapAware.getGaps().isEmpty())
                .map(gapAware -> Math.min(index, gapAware.getGaps().first() - 1))
                .orElse(index);
    }
}
