package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.ComplaintRules;
import org.marketplace.complaints.api.rules.WithdrawalOption;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One complaint as a list shows it (My Complaints, the shop's list), with what the viewer may do now. The
 * actions and withdrawal options come from {@link ComplaintRules}, the rules the command side enforces.
 * {@code version} is the complaint's stream version: an arbitrator's client sends it back as If-Match.
 * {@code assignee} is null for the parties, as every staff id (StaffIds): the state tells them the platform has it.
 */
public record ComplaintSummary(ComplaintId complaintId, OrderId orderId, SellerId sellerId, BuyerId buyerId,
                               ComplaintCategory category, ComplaintState state, Instant filedAt, Instant updatedAt,
                               NextDeadline nextDeadline, OfferView openOffer,
                               PendingWithdrawalView pendingWithdrawalRequest, SuggestionView withdrawalSuggestion,
                               ArbitratorId assignee, List<WithdrawalOption> withdrawalOptions,
                               Set<Action> availableActions, long version) {

    public static ComplaintSummary of(ComplaintFacts facts, Actor viewer, Instant now) {
        return new ComplaintSummary(facts.complaintId(), facts.orderId(), facts.sellerId(), facts.buyerId(),
                facts.category(), facts.state(), facts.filedAt(), facts.updatedAt(), facts.nextDeadline(),
                OfferView.of(facts.openOffer()), PendingWithdrawalView.of(facts.pendingWithdrawal()),
                SuggestionView.of(facts.suggestion()), StaffIds.shownTo(viewer, facts.assignee()),
                ComplaintRules.withdrawalOptions(facts, viewer), ComplaintRules.availableActions(facts, viewer, now),
                facts.eventCount() - 1);
    }
}
