package org.marketplace.complaints.query.ops.deadletters;

import java.util.List;

/** What a retry applied (each complaint's events in their order), and what is still dead-lettered afterwards. */
public record RetryOutcome(String processor, int rounds, List<DeadLetterView> processed,
                           ProcessorDeadLetters remaining) {
}
