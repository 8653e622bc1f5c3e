package org.marketplace.complaints.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.event.RulingRevised;
import org.marketplace.complaints.api.event.RulingUpheld;

/**
 * Which decision on a complaint's ruling an auditor asks the basis of (what its arbitrator saw): the ruling, the
 * decision on its reconsideration, or, by default, the one that put the ruling in force: the revision if the
 * reconsideration revised it, otherwise the ruling itself (an upheld ruling is still the original arbitrator's).
 */
enum RulingDecision {
    IN_FORCE, RULING, RECONSIDERATION;

    /** The decision, with the stream version it records as decided on; {@code payloads}: the events in order. */
    record Decided(String event, String decidedBy, long onVersion, Instant at) {
    }

    Optional<Decided> in(List<?> payloads) {
        Optional<Decided> ruling = payloads.stream().filter(ComplaintRuled.class::isInstance)
                .map(ComplaintRuled.class::cast).findFirst().map(e -> new Decided(name(e), e.arbitratorId().value(),
                        e.rulingOnVersion(), e.ruledAt()));
        Optional<Decided> reconsideration = payloads.stream().map(RulingDecision::reconsidered)
                .flatMap(Optional::stream).findFirst();
        return switch (this) {
            case RULING -> ruling;
            case RECONSIDERATION -> reconsideration;
            case IN_FORCE -> reconsideration.filter(decided -> decided.event().equals(name(RulingRevised.class)))
                    .or(() -> ruling);
        };
    }

    private static Optional<Decided> reconsidered(Object payload) {
        if (payload instanceof RulingUpheld e) {
            return Optional.of(new Decided(name(e), e.arbitratorId().value(), e.decidedOnVersion(), e.decidedAt()));
        }
        if (payload instanceof RulingRevised e) {
            return Optional.of(new Decided(name(e), e.arbitratorId().value(), e.decidedOnVersion(), e.decidedAt()));
        }
        return Optional.empty();
    }

    private static String name(Object event) {
        return name(event.getClass());
    }

    private static String name(Class<?> type) {
        return type.getSimpleName();
    }
}
