package org.marketplace.complaints.query.ops.processors;

import org.marketplace.complaints.query.freshness.ProcessorProgress;
import org.marketplace.complaints.query.ops.processors.ProcessorStatus.Rebuild;

/**
 * How far a replay has got, 0..1: (position - start) / (target - start). A replay starts before the first
 * event (position 0); a rebuild aims at the head when it started, a plain reset replay at the position the
 * processor had when it was reset. Null when nothing replays.
 */
final class ReplayProgress {

    private ReplayProgress() {
    }

    static Double of(ProcessorProgress segments, Long position, Rebuild rebuild) {
        long reached = position == null ? 0 : position;
        if (rebuild != null) {
            return fraction(reached, rebuild.targetPosition());
        }
        if (!segments.replaying()) {
            return null;
        }
        return fraction(reached, segments.resetPosition().orElse(0));
    }

    private static double fraction(long reached, long target) {
        return target <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, (double) reached / target));
    }
}
