package org.marketplace.complaints.query.summaries;

import static org.marketplace.complaints.api.Action.*;
import static org.marketplace.complaints.api.WithdrawalMode.DIRECT;
import static org.marketplace.complaints.api.WithdrawalMode.REVIEW;
import static org.marketplace.complaints.api.WithdrawalReason.*;

import java.time.Duration;
import java.time.Instant;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.rules.WithdrawalOption;

/** What the buyer's summary shows in each stage of the lifecycle, before the test's own last steps. */
final class TheBuyerSees {

    static final WithdrawalOption SETTLED_STATING_TERMS = new WithdrawalOption(SETTLED, DIRECT, true, false);
    static final WithdrawalOption SETTLED_ON_THE_OFFER = new WithdrawalOption(SETTLED, DIRECT, false, false);
    static final WithdrawalOption LACKING_EVIDENCE_REVIEWED = new WithdrawalOption(INSUFFICIENT_EVIDENCE, REVIEW, false, false);
    static final WithdrawalOption MISUNDERSTANDING_REVIEWED = new WithdrawalOption(MISUNDERSTANDING, REVIEW, false, false);
    /** After a request with this reason was rejected: asked again only with new evidence (WITHDRAWAL_REPEATED). */
    static final WithdrawalOption MISUNDERSTANDING_AGAIN_WITH_NEW_EVIDENCE =
            new WithdrawalOption(MISUNDERSTANDING, REVIEW, false, true);
    static final WithdrawalOption SETTLED_REVIEWED = new WithdrawalOption(SETTLED, REVIEW, false, false);

    private TheBuyerSees() {
    }

    /** Filed: the seller's 48 hours run; the buyer may add evidence or withdraw. */
    static ExpectedSummary aFreshFiling(ComplaintStream stream) {
        return ExpectedSummary.of(stream)
                .options(SETTLED_STATING_TERMS, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED)
                .actions(ADD_EVIDENCE, WITHDRAW);
    }

    /** After the seller's first answer, an hour after the filing: 7 days to negotiate, for both parties. */
    static ExpectedSummary aNegotiation(ComplaintStream stream) {
        Instant started = stream.filedAt().plus(Duration.ofHours(1));
        return aFreshFiling(stream).state(ComplaintState.NEGOTIATING)
                .deadline(new NextDeadline(DeadlineKind.NEGOTIATION, started.plus(Duration.ofDays(7)), DeadlineParty.BOTH_PARTIES))
                .actions(ADD_EVIDENCE, WITHDRAW, REQUEST_INTERVENTION);
    }

    /** The platform stepped in: no deadline runs, and every withdrawal is reviewed. */
    static ExpectedSummary anIntervention(ComplaintStream stream) {
        return ExpectedSummary.of(stream).state(ComplaintState.PLATFORM_INTERVENED).deadline(null)
                .options(SETTLED_REVIEWED, LACKING_EVIDENCE_REVIEWED, MISUNDERSTANDING_REVIEWED)
                .actions(ADD_EVIDENCE, WITHDRAW);
    }

    /** Withdrawn: nothing left to do. */
    static ExpectedSummary aWithdrawal(ComplaintStream stream) {
        return ExpectedSummary.of(stream).state(ComplaintState.WITHDRAWN).deadline(null);
    }
}
