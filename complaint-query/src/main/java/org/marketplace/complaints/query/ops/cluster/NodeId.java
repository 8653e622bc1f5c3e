package org.marketplace.complaints.query.ops.cluster;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This instance's name in the token store (TokenEntry.owner) and in query_instances. Axon's default is the
 * JVM's pid@host, which two Spring contexts in one JVM (the scale-out tests) would share, so that each would
 * take the other's claims for its own: the default here adds a number per context.
 */
public record NodeId(String value) {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    /** {@code configured}: complaints.query.node-id, blank for pid@host#n. */
    public static NodeId of(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new NodeId(configured.strip());
        }
        return new NodeId(ManagementFactory.getRuntimeMXBean().getName() + "#" + CONTEXTS.incrementAndGet());
    }

    @Override
    public String toString() {
        return value;
    }
}
