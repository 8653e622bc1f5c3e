package org.marketplace.complaints.query.freshness;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.tokens.StoredToken;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.springframework.stereotype.Component;

/** Reads a processor's {@link ProcessorProgress}: its statuses here, then, unless they cover it all, the token table. */
@Component
public class ClusterProgress {

    private final StoredTokens tokens;
    private final SegmentEvents events;

    ClusterProgress(StoredTokens tokens, SegmentEvents events) {
        this.tokens = tokens;
        this.events = events;
    }

    /**
     * {@code withOwners}: read the token table even when this instance claims every segment, to tell who owns
     * what (the operators' view); a read-your-writes wait does without it then.
     */
    public ProcessorProgress of(StreamingEventProcessor processor, boolean withOwners) {
        // the statuses first: anything the table says afterwards is at least as recent
        Map<Integer, EventTrackerStatus> local = Map.copyOf(processor.processingStatus());
        if (!withOwners && ProcessedPosition.coversAllSegments(local.values())) {
            return localOnly(local);
        }
        return withRows(processor.getName(), local);
    }

    /**
     * What the token table alone says, as committed: what a rebuild's switch decides by, since a status in memory
     * may still be that of a batch the rebuild's start took the claim from.
     */
    public ProcessorProgress stored(String processor) {
        return withRows(processor, Map.of());
    }

    private ProcessorProgress withRows(String processor, Map<Integer, EventTrackerStatus> local) {
        List<StoredToken> rows = tokens.of(processor);
        if (rows.isEmpty()) {
            // a token store of another kind (a test's in-memory one): what this instance knows is all there is
            return localOnly(local);
        }
        Segment[] layout = Segment.computeSegments(rows.stream().mapToInt(StoredToken::segment).toArray());
        Map<Integer, Segment> bySegment = new HashMap<>();
        Arrays.stream(layout).forEach(segment -> bySegment.put(segment.getSegmentId(), segment));
        Instant now = Instant.now();
        List<SegmentProgress> segments = rows.stream().map(row -> {
            EventTrackerStatus status = local.get(row.segment());
            String owner = row.claimed(now, tokens.claimTimeout()) ? row.owner() : null;
            return new SegmentProgress(status != null ? status.getSegment() : bySegment.get(row.segment()), status, row,
                    owner);
        }).toList();
        return new ProcessorProgress(segments, local, events);
    }

    private ProcessorProgress localOnly(Map<Integer, EventTrackerStatus> local) {
        return new ProcessorProgress(local.values().stream()
                .map(status -> new SegmentProgress(status.getSegment(), status, null, null))
                .sorted((a, b) -> Integer.compare(a.id(), b.id())).toList(), local, events);
    }
}
