package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.ArbitratorId;

import java.time.Instant;

/** The arbitrator's suggestion to withdraw that waits for the buyer's answer. */
public record OpenSuggestion(String rationale, ArbitratorId suggestedBy, Instant suggestedAt) {
}
