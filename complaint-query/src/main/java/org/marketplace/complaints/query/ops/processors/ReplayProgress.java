package org.marketplace.complaints.query.ops.processors;

import org.marketplace.complaints.query.freshness.ProcessorProgress;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.Rebuild;

/**
 * Whether a replay runs and how far it has got, 0..1: position / target. A replay starts before the first event
 * (position 0); a rebuild (the other table set's processor, ops.rebuild) aims at the head when it started, a plain
 * reset replay of the live processor at the position it had when it was reset. Null when nothing replays.
 * <p>
 * A replay is over once every segment has reached its target, whatever Axon's tokens say: Axon keeps a replay
 * token until the first event after the reset position is handled, which on a quiet system may take hours, and
 * an operator waiting for "replaying: false" would wait for traffic instead of for the replay.
 */
final class ReplayProgress {

    private ReplayProgress() {
    }

    /** {@code rebuilt}: during a rebuild, how far its processor has got (null before its first event). */
    static Double of(ProcessorProgress segments, Long position, Rebuild rebuild, Long rebuilt) {
        if (rebuild != null) {
            return fraction(rebuilt == null ? 0 : rebuilt, rebuild.targetPosition());
        }
        if (!replaying(segments, position, null)) {
            return null;
        }
        return fraction(position == null ? 0 : position, segments.resetPosition().orElse(0));
    }

    /**
     * A rebuild replays until its tables are switched to (the registry ends it then); a plain replay until
     * {@code position}, the lowest over the segments with idle ones counted at the head, reaches the reset position.
     */
    static boolean replaying(ProcessorProgress segments, Long position, Rebuild rebuild) {
        if (rebuild != null) {
            return true;
        }
        if (!segments.replaying()) {
            return false;
        }
        return position == null || position < segments.resetPosition().orElse(0);
    }

    private static double fraction(long reached, long target) {
        return target <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, (double) reached / target));
    }
}
