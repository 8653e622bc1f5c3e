package org.marketplace.complaints.query.ops.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.marketplace.complaints.query.ops.rebuild.RebuildRequests.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Stops a read model's processor on this instance while a rebuild of it is asked for (RebuildRequests), so that
 * its segments are released and the requester can reset the tokens (Axon refuses while another instance claims
 * one), and starts it again once the request is gone: the rebuild started, failed, or was abandoned by an
 * instance that died (older than the release timeout and a margin, when any instance ends it).
 */
@Component
class RebuildPauses {

    private static final Logger log = LoggerFactory.getLogger(RebuildPauses.class);

    private final EventProcessingConfiguration processing;
    private final RebuildRequests requests;
    private final Duration abandonAfter;
    private final Set<String> paused = new HashSet<>();

    RebuildPauses(EventProcessingConfiguration processing, RebuildRequests requests,
                  @Value("${complaints.query.rebuild.claims-release-timeout:PT20S}") Duration releaseTimeout) {
        this.processing = processing;
        this.requests = requests;
        this.abandonAfter = abandonAfter(releaseTimeout);
    }

    /** A request older than this was given up on: its instance would have ended it by now. */
    static Duration abandonAfter(Duration releaseTimeout) {
        return releaseTimeout.plusSeconds(10);
    }

    @Scheduled(fixedDelayString = "${complaints.query.rebuild.switch-check-interval:PT0.2S}")
    void followRequests() {
        Instant abandonedBefore = Instant.now().minus(abandonAfter);
        Map<String, Request> pending = requests.pending().stream()
                .filter(request -> !(request.requestedAt().isBefore(abandonedBefore) && abandon(request)))
                .collect(Collectors.toMap(Request::readModel, Function.identity()));
        pending.keySet().forEach(this::pause);
        Set.copyOf(pausedNow()).stream().filter(name -> !pending.containsKey(name)).forEach(this::resume);
    }

    /** Stops the processor here, if it runs: its segments are released. */
    synchronized void pause(String readModel) {
        processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning)
                .ifPresent(processor -> {
                    paused.add(readModel);
                    log.info("{}: stopped here while its rebuild is prepared", readModel);
                    processor.shutDown();
                });
    }

    /** Starts it again, if a pause stopped it (once, whoever calls first: the requester or the check). */
    synchronized void resume(String readModel) {
        if (paused.remove(readModel)) {
            processing.eventProcessor(readModel, StreamingEventProcessor.class).ifPresent(processor -> {
                log.info("{}: started again", readModel);
                processor.start();
            });
        }
    }

    private synchronized Set<String> pausedNow() {
        return new HashSet<>(paused);
    }

    private boolean abandon(Request request) {
        boolean ended = requests.abandon(request);
        if (ended) {
            log.warn("{}: the rebuild {} asked for at {} was abandoned; its processor runs again", request.readModel(),
                    request.requestedBy(), request.requestedAt());
        }
        return ended;
    }
}
