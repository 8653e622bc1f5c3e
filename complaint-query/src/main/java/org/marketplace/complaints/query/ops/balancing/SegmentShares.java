package org.marketplace.complaints.query.ops.balancing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many segments of each processor this instance may claim, as SegmentBalancer last counted: what Axon's
 * coordinators ask (BalancingConfig). A holder of its own because the processors are built before the balancer,
 * which needs them, can be.
 */
@Component
class SegmentShares {

    private final boolean enabled;
    private final Map<String, Integer> shares = new ConcurrentHashMap<>();

    SegmentShares(@Value("${complaints.query.balancing.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    /** All of them until the first round has counted, or when balancing is off. */
    int of(String processor) {
        return enabled ? shares.getOrDefault(processor, Integer.MAX_VALUE) : Integer.MAX_VALUE;
    }

    void set(String processor, int share) {
        shares.put(processor, share);
    }
}
