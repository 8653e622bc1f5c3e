package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.ArbitratorId;

import java.time.Instant;

/** The platform's suggestion that the buyer withdraw, and the buyer's answer; {@code suggestedBy} only for staff. */
public record WithdrawalSuggestionView(String rationale, Instant suggestedAt, WithdrawalSuggestionStatus status,
                                       String declineNote, ArbitratorId suggestedBy) {
}
