package org.marketplace.complaints.query.ops.deadletters;

import java.util.List;

/**
 * A processor's dead-letter queue: how many complaints and events wait in it, and the first of those
 * sequences ({@code complete} is false when there are more than one answer shows).
 */
public record ProcessorDeadLetters(String processor, long sequenceCount, long letterCount,
                                   List<DeadLetteredSequence> sequences, boolean complete) {
}
