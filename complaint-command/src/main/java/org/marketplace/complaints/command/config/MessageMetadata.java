package org.marketplace.complaints.command.config;

/** The metadata keys every command and event of a complaint carries; the audit API reads them back. */
public final class MessageMetadata {

    /** The request a change came from: the caller's X-Correlation-Id, or one we made up. */
    public static final String CORRELATION_ID = "correlationId";
    /** Who acted, as ROLE:id (BUYER:buyer-1), or SYSTEM:deadline for an expiry. */
    public static final String ACTOR = "actor";
    /** The identifier of the message that directly caused this one (Axon's own "correlationId"). */
    public static final String CAUSATION_ID = "causationId";
    /** The identifier of the first message of the chain. */
    public static final String TRACE_ID = "traceId";

    /** Deadlines fire on their own: their events must not be attributed to whoever set them. */
    public static final String DEADLINE_ACTOR = "SYSTEM:deadline";

    private MessageMetadata() {
    }
}
