package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event as an auditor reads it (api.md): its place in the complaint's stream and in the global stream,
 * its type and revision, when, who (the acting principal) and under which correlation id, and the payload.
 * Type, revision and payload are the event as the current release reads it: an event stored in an older
 * revision is shown upcast, as the projections see it. The hash chain vouches for the stored bytes instead.
 */
public record AuditedEvent(String complaintId, long sequence, long globalPosition, String type, String revision,
                           Instant occurredAt, String actor, String correlationId, JsonNode payload) {
}
