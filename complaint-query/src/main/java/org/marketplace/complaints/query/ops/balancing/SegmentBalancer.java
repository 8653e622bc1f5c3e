package org.marketplace.complaints.query.ops.balancing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.ops.cluster.QueryInstances;
import org.marketplace.complaints.query.tokens.StoredTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spreads each processor's segments over the running instances. Axon's pooled coordinator claims every segment
 * nobody claims, so the first instance to start takes them all and a second one would get none. Every round
 * each instance counts the live ones (QueryInstances) and, holding more than its fair share of a processor,
 * ceil(segments / instances), releases the extra segments for a few seconds: another instance's coordinator
 * claims them at its next claim round (token-claim-interval). Nothing is needed when an instance goes: one that
 * stops releases its claims, a killed one's claims expire after the claim timeout, and the coordinators of the
 * others claim the segments by themselves. A segment is processed by one instance at a time: the claim in the
 * token table is what decides, and a released segment goes on from its stored token, committed with the rows.
 */
@Component
@ConditionalOnProperty(name = "complaints.query.balancing.enabled", havingValue = "true", matchIfMissing = true)
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final QueryInstances instances;
    private final StoredTokens tokens;
    private final Duration releaseFor;

    SegmentBalancer(EventProcessingConfiguration processing, QueryInstances instances, StoredTokens tokens,
                    @Value("${complaints.query.balancing.release-for:PT3S}") Duration releaseFor) {
        this.processing = processing;
        this.instances = instances;
        this.tokens = tokens;
        this.releaseFor = releaseFor;
    }

    @Scheduled(fixedDelayString = "${complaints.query.balancing.interval:PT1S}")
    void balance() {
        instances.heartbeat();
        Set<String> live = instances.live();
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .forEach(processor -> balance(processor, live.size()));
    }

    private void balance(StreamingEventProcessor processor, int liveInstances) {
        int total = tokens.of(processor.getName()).size();
        List<Integer> mine = processor.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        int extra = mine.size() - fairShare(total, liveInstances);
        // the highest segments go, the same ones every round, until another instance has them
        for (int segment : mine.subList(0, Math.max(0, extra))) {
            log.info("{}: releasing segment {} for another of the {} instances", processor.getName(), segment,
                    liveInstances);
            processor.releaseSegment(segment, releaseFor.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    static int fairShare(int segments, int liveInstances) {
        return liveInstances <= 0 ? segments : (segments + liveInstances - 1) / liveInstances;
    }
}
