package org.marketplace.complaints.api.view;

import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.Remedy;
import org.marketplace.complaints.api.RulingOutcome;

import java.time.Instant;

/**
 * How the reconsidering arbitrator decided: {@code upheld} with a {@code note}, or revised with the new
 * {@code outcome}, {@code remedy} and {@code rationale} (then the ruling in force). {@code decidedBy} only for staff.
 */
public record ReconsiderationDecisionView(boolean upheld, String note, RulingOutcome outcome, Remedy remedy,
                                          String rationale, Instant decidedAt, ArbitratorId decidedBy) {
}
