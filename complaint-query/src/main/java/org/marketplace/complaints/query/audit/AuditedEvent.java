package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event as an auditor reads it (api.md): its place in the complaint's stream and in the global stream,
 * its type and revision, when, who (the acting principal) and under which correlation id, and the payload
 * exactly as stored.
 */
public record AuditedEvent(String complaintId, long sequence, long globalPosition, String type, String revision,
                           Instant occurredAt, String actor, String correlationId, JsonNode payload) {
}
