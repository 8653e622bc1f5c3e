package org.marketplace.complaints.query.ops.balancing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.marketplace.complaints.query.readmodel.tables.ReadModelTables;
import org.marketplace.complaints.query.readmodel.tables.TableSetState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many segments of each processor this instance may claim, as SegmentBalancer last counted: what Axon's
 * coordinators ask (BalancingConfig). None for an idle processor: the one feeding a read model's inactive table
 * set while no rebuild replays it (readmodel.tables), so that it costs nothing but its coordinator's look at the
 * token table. A holder of its own because the processors are built before the balancer, which needs them, can be.
 */
@Component
public class SegmentShares {

    private final boolean enabled;
    private final ReadModelTables tables;
    private final Map<String, Integer> shares = new ConcurrentHashMap<>();
    private volatile Set<String> idle;

    SegmentShares(@Value("${complaints.query.balancing.enabled:true}") boolean enabled, ReadModelTables tables) {
        this.enabled = enabled;
        this.tables = tables;
    }

    /** All of them until the first round has counted, or when balancing is off; none while idle. */
    int of(String processor) {
        if (idle().contains(processor)) {
            return 0;
        }
        return enabled ? shares.getOrDefault(processor, Integer.MAX_VALUE) : Integer.MAX_VALUE;
    }

    void set(String processor, int share) {
        shares.put(processor, share);
    }

    /** Reads again which processors are idle: every round, and at once when this instance starts a rebuild. */
    public void followRegistry() {
        idle = tables.all().stream().filter(state -> !state.rebuilding()).map(TableSetState::buildingProcessor)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Known before the processors first claim anything: an idle one never starts replaying at startup. */
    private Set<String> idle() {
        if (idle == null) {
            followRegistry();
        }
        return idle;
    }
}
