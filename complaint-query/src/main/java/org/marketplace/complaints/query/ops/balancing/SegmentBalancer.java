package org.marketplace.complaints.query.ops.balancing;

import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.tokens.StoredToken;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.marketplace.complaints.query.ops.cluster.QueryInstances;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spreads each processor's segments over the running instances through Axon's own hook, the pooled processor's
 * maximum of segments per instance (SegmentShares, BalancingConfig). Axon's coordinator claims every segment nobody claims, so
 * without a maximum the first instance to start takes them all and a second one would get none. Every round this
 * instance renews its heartbeat, counts the live instances (QueryInstances) and sets each processor's share to
 * ceil(segments / instances): the coordinator then claims no more than that, and releases what it holds beyond
 * it, which another instance's coordinator claims. When an instance goes, the others' shares grow at the next
 * round and their coordinators claim its segments (a stopped one released them, a killed one's claims expire).
 * A segment is processed by one instance at a time: the claim in the token table decides, and a released segment
 * goes on from its stored token, committed with the rows. Each round also reads which processors are idle
 * (SegmentShares): when a rebuild starts or switches, every instance follows within a round.
 */
@Component
class SegmentBalancer {

    private final EventProcessingConfiguration processing;
    private final QueryInstances instances;
    private final StoredTokens tokens;
    private final SegmentShares shares;

    SegmentBalancer(EventProcessingConfiguration processing, QueryInstances instances, StoredTokens tokens,
                    SegmentShares shares) {
        this.processing = processing;
        this.instances = instances;
        this.tokens = tokens;
        this.shares = shares;
    }

    @Scheduled(fixedDelayString = "${complaints.query.balancing.interval:PT1S}")
    void round() {
        instances.heartbeat();
        shares.followRegistry();
        int live = instances.live().size();
        for (String processor : processing.eventProcessors().keySet()) {
            List<StoredToken> segments = tokens.of(processor);
            if (!segments.isEmpty()) {
                shares.set(processor, fairShare(segments.size(), live));
                claimUnheld(processor, segments, shares.of(processor));
            }
        }
    }

    /**
     * Asks the processor's coordinator to claim segments nobody holds, up to this instance's share. Its own claiming
     * passes over a segment it released to another instance for a while, and Axon 4.13 doubles that wait while the
     * released work package winds down: each coordination round until then counts as an abort of its own, up to 60 s
     * (seen in TwoQueryInstancesOnPostgresTest: twelve rounds, and the survivor left a segment of the stopped
     * instance unclaimed for 30 s). A claim asked for clears the wait. None when balancing is off (every share
     * unbounded) or for an idle processor (share 0).
     */
    private void claimUnheld(String name, List<StoredToken> segments, int share) {
        if (share <= 0 || share == Integer.MAX_VALUE) {
            return;
        }
        processing.eventProcessor(name, StreamingEventProcessor.class).filter(StreamingEventProcessor::isRunning)
                .ifPresent(processor -> segments.stream().filter(segment -> !tokens.claimed(segment))
                        .limit(Math.max(0, share - processor.processingStatus().size()))
                        .forEach(segment -> processor.claimSegment(segment.segment())));
    }

    static int fairShare(int segments, int liveInstances) {
        return liveInstances <= 0 ? segments : (segments + liveInstances - 1) / liveInstances;
    }
}
