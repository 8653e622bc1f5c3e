package org.marketplace.complaints.query.ops.deadletters;

import java.util.List;

/** A complaint whose events wait in a processor's dead-letter queue, in the order a retry applies them. */
public record DeadLetteredSequence(String complaintId, List<DeadLetterView> letters) {
}
