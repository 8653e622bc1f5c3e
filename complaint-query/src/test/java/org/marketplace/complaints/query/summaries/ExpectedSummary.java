package org.marketplace.complaints.query.summaries;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.rules.WithdrawalOption;
import org.marketplace.complaints.api.view.*;

/**
 * The summary a test expects, spelt out field by field rather than computed, starting from a fresh filing
 * of the stream: the parts the filing fixes come from it, everything that changes is set by the test.
 */
final class ExpectedSummary {

    private final ComplaintStream stream;
    private final Instant updatedAt;
    private ComplaintState state = ComplaintState.AWAITING_SELLER;
    private NextDeadline nextDeadline;
    private OfferView openOffer;
    private PendingWithdrawalView pending;
    private SuggestionView suggestion;
    private ArbitratorId assignee;
    private List<WithdrawalOption> options = List.of();
    private Set<Action> actions = Set.of();

    private ExpectedSummary(ComplaintStream stream) {
        this.stream = stream;
        this.updatedAt = stream.at();
        this.nextDeadline = new NextDeadline(DeadlineKind.SELLER_RESPONSE,
                stream.filedAt().plus(DeadlinePolicy.DEFAULT.sellerResponse()), DeadlineParty.SELLER);
    }

    /** The stream as it stands now, still to be told what its last steps changed. */
    static ExpectedSummary of(ComplaintStream stream) {
        return new ExpectedSummary(stream);
    }

    ExpectedSummary state(ComplaintState state) { this.state = state; return this; }
    ExpectedSummary deadline(NextDeadline deadline) { this.nextDeadline = deadline; return this; }
    ExpectedSummary offer(OfferView offer) { this.openOffer = offer; return this; }
    ExpectedSummary pending(PendingWithdrawalView pending) { this.pending = pending; return this; }
    ExpectedSummary suggestion(String rationale) { this.suggestion = new SuggestionView(rationale); return this; }
    ExpectedSummary assignee(ArbitratorId assignee) { this.assignee = assignee; return this; }
    ExpectedSummary options(WithdrawalOption... options) { this.options = List.of(options); return this; }
    ExpectedSummary actions(Action... actions) { this.actions = Set.of(actions); return this; }

    ComplaintSummary build() {
        ComplaintFiled filing = stream.filing();
        return new ComplaintSummary(stream.id(), filing.orderId(), filing.sellerId(), filing.buyerId(),
                filing.category(), state, stream.filedAt(), updatedAt, nextDeadline,
                openOffer, pending, suggestion, assignee, options, actions, stream.events().size() - 1L);
    }
}
