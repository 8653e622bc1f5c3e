package org.marketplace.complaints.query.freshness;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.Segment;
import org.marketplace.complaints.query.tokens.StoredToken;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.stereotype.Component;

/**
 * Reads a processor's {@link ProcessorProgress} from the token table, as committed, whichever instance claims its
 * segments. Not from the statuses of the segments this instance claims: a batch's token is stored in the batch's
 * transaction, so the table says what the read model holds; a status in memory may still be that of a batch whose
 * claim a rebuild's start took, and says nothing of the segments other instances claim.
 */
@Component
public class ClusterProgress {

    private final StoredTokens tokens;
    private final SegmentEvents events;

    ClusterProgress(StoredTokens tokens, SegmentEvents events) {
        this.tokens = tokens;
        this.events = events;
    }

    /** The processor's segments in order; none for a processor that never ran. */
    public ProcessorProgress of(String processor) {
        List<StoredToken> rows = tokens.of(processor);
        Map<Integer, Segment> layout = Arrays.stream(Segment.computeSegments(
                        rows.stream().mapToInt(StoredToken::segment).toArray()))
                .collect(Collectors.toMap(Segment::getSegmentId, Function.identity()));
        Instant now = Instant.now();
        return new ProcessorProgress(rows.stream().map(row -> new SegmentProgress(layout.get(row.segment()), row,
                row.claimed(now, tokens.claimTimeout()) ? row.owner() : null)).toList(), events);
    }
}
