package org.marketplace.complaints.query.ops.rebuild;

import java.util.Arrays;
import java.util.Collection;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.marketplace.complaints.query.freshness.ProcessedPosition;

/**
 * How far a processor's read model has got: every event at or below the answer is in its tables. Two lower
 * bounds, of which the rebuild takes the higher: the running segments' statuses (which pass an event a segment
 * does not own at once) and the stored tokens (stored with the rows, but for such events only some time later).
 * A gap (an event a slow transaction committed late) is not in the tables yet: the answer stops below it.
 */
final class FrozenPosition {

    private FrozenPosition() {
    }

    /** From the statuses of a running processor; 0 unless they cover every segment. */
    static long of(Collection<EventTrackerStatus> segments) {
        if (!ProcessedPosition.coversAllSegments(segments)) {
            return 0;
        }
        return segments.stream().mapToLong(segment -> complete(segment.getTrackingToken())).min().orElse(0);
    }

    /** Call in a transaction: fetching a token claims its segment, as the reset that follows does too. */
    static long of(TokenStore tokens, String processor) {
        return Arrays.stream(tokens.fetchSegments(processor))
                .mapToLong(segment -> complete(tokens.fetchToken(processor, segment))).min().orElse(0);
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
