package org.marketplace.complaints.query.audit;

import java.time.Instant;
import org.marketplace.complaints.api.rules.ComplaintFacts;

/**
 * What an arbitrator saw when deciding on a complaint's ruling: the complaint at the stream version the decision
 * records ({@code version}, {@code facts}, as {@link ComplaintAtInstant} has them; {@code asOf}: when it was decided),
 * and which decision that was: {@code decisionEvent} (ComplaintRuled, RulingUpheld or RulingRevised) and the
 * arbitrator who took it ({@code decidedBy}; the audit is for auditors only, who see staff ids).
 */
public record RulingBasis(String complaintId, Instant asOf, long version, ComplaintFacts facts, String decisionEvent,
                          String decidedBy) {
}
