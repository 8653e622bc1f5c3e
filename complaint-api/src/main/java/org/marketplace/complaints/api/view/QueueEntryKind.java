package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.rules.ComplaintFacts;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Why a complaint waits in the arbitration queue: an intervened case to rule, a withdrawal request to review, or a
 * ruling to reconsider.
 */
public enum QueueEntryKind {

    /** Intervened and neither ruled nor withdrawn: it waits since the platform stepped in. */
    INTERVENTION {
        @Override
        boolean isOpenIn(ComplaintFacts facts) {
            return facts.state() == ComplaintState.PLATFORM_INTERVENED;
        }

        @Override
        public Instant since(ComplaintFacts facts) {
            return facts.intervenedAt();
        }
    },
    /** A withdrawal request in any state, until an arbitrator decides it: it waits since it was asked. */
    WITHDRAWAL_REVIEW {
        @Override
        boolean isOpenIn(ComplaintFacts facts) {
            return facts.pendingWithdrawal() != null;
        }

        @Override
        public Instant since(ComplaintFacts facts) {
            return facts.pendingWithdrawal().requestedAt();
        }
    },
    /** A party asked for the ruling to be reconsidered: it waits since it was asked, until it is decided. */
    RECONSIDERATION {
        @Override
        boolean isOpenIn(ComplaintFacts facts) {
            return facts.reconsideration() != null;
        }

        @Override
        public Instant since(ComplaintFacts facts) {
            return facts.reconsideration().requestedAt();
        }
    };

    abstract boolean isOpenIn(ComplaintFacts facts);

    /** Since when an entry of this kind has waited; only for a kind open in these facts. */
    public abstract Instant since(ComplaintFacts facts);

    /** The entries a complaint has in the queue now: none, one, or (a withdrawal request beside a case) two at once. */
    public static List<QueueEntryKind> openIn(ComplaintFacts facts) {
        return Arrays.stream(values()).filter(kind -> kind.isOpenIn(facts)).toList();
    }
}
