package org.marketplace.complaints.query.apidocs;

import static org.marketplace.complaints.platform.apidocs.ProblemResponses.declare;
import static org.marketplace.complaints.platform.apidocs.ProblemResponses.problem;
import static org.marketplace.complaints.platform.apidocs.ProblemResponses.withRetryAfter;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.List;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.EvidenceItem;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.Text;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.command.FileComplaint;
import org.marketplace.complaints.api.query.Paging;
import org.marketplace.complaints.platform.apidocs.ProblemResponses;
import org.marketplace.complaints.platform.apidocs.SchemaBounds;
import org.marketplace.complaints.platform.apidocs.Schemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the query service's OpenAPI document adds to springdoc's reading of the controllers: every error a query
 * can get, and the bounds of the views. Texts the api records check are bounded by their checks; what the read
 * models and Axon's tables hold by the size of the column it is read from.
 */
@Configuration(proxyBeanMethods = false)
class QueryApiDocs {

    /** Axon's event store and dead-letter columns (aggregateIdentifier, payloadType, processingGroup…). */
    static final int AXON_COLUMN = 255;
    /** complaint_timeline: type VARCHAR(100), actor VARCHAR(200) (ROLE:id), summary VARCHAR(1000). */
    static final int TIMELINE_TYPE = 100;
    static final int TIMELINE_ACTOR = 200;
    static final int TIMELINE_SUMMARY = 1000;
    /** read_model_tables.read_model and the processor names kept with it. */
    static final int READ_MODEL_NAME = 100;
    /** query_instances.node_id. */
    static final int NODE_ID = 255;
    /** Axon's dead letters keep a cause's message cut to DeadLetterEntry.causeMessage VARCHAR(1023). */
    static final int CAUSE_MESSAGE = 1023;
    /** The "actor" metadata the command side records: Actor.toString(), ROLE:id. */
    static final int ACTOR_METADATA = longestRole() + 1 + Text.MAX_ID_LENGTH;
    /** HashChainVerifier says what is wrong in one short sentence. */
    static final int MISMATCH_PROBLEM = 200;

    static {
        // the caller comes from the credentials, never from the request: not a parameter to document
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    SchemaBounds querySchemaBounds() {
        return SchemaBounds.shared()
                .text("ComplaintDetail.description", FileComplaint.MAX_DESCRIPTION)
                .text("EvidenceView.reference", EvidenceItem.MAX_REFERENCE)
                .text("EvidenceView.description", EvidenceItem.MAX_DESCRIPTION)
                .items("WithdrawalRequestView.evidenceReferences", EvidenceItem.MAX_PER_STEP)
                .text("WithdrawalRequestView.evidenceReferences[]", EvidenceItem.MAX_REFERENCE)
                .items("ReconsiderationView.evidence", EvidenceItem.MAX_PER_STEP)
                .text("TimelineEntry.type", TIMELINE_TYPE)
                .text("TimelineEntry.summary", TIMELINE_SUMMARY)
                .text("TimelineActor.role", TIMELINE_ACTOR)
                .text("TimelineActor.id", TIMELINE_ACTOR)
                .text("Actor.id", Text.MAX_ID_LENGTH)
                .text("ComplaintFacts.acceptedOffer", Text.MAX_ID_LENGTH)
                .items("*.withdrawalOptions", WithdrawalReason.values().length)
                .items("ComplaintSummaryPage.items", Paging.MAX_SIZE)
                .items("ArbitrationQueuePage.items", Paging.MAX_SIZE)
                .integer("*.page", Paging.FIRST_PAGE, Integer.MAX_VALUE)
                .integer("*.size", 1, Paging.MAX_SIZE)
                .integer("*.totalItems", 0, Long.MAX_VALUE)
                .integer("*.version", 0, Long.MAX_VALUE)
                // event store positions and sequence numbers count from 0; a head of 0 is an empty store
                .integer("*.sequence", 0, Long.MAX_VALUE)
                .integer("*.sequenceNumber", 0, Long.MAX_VALUE)
                .integer("*.appliedSequence", 0, Long.MAX_VALUE)
                .integer("*.storedSequence", 0, Long.MAX_VALUE)
                .integer("*.globalPosition", 0, Long.MAX_VALUE)
                .integer("*.position", 0, Long.MAX_VALUE)
                .integer("*.head", 0, Long.MAX_VALUE)
                .integer("*.targetPosition", 0, Long.MAX_VALUE)
                .integer("*.lag", 0, Long.MAX_VALUE)
                .integer("*.eventsChecked", 0, Long.MAX_VALUE)
                .integer("ChainVerification.unkeyed", 0, Long.MAX_VALUE)
                // events sealed per key id: a count for each key the chain names
                .property("ChainVerification.keys", keys -> keys.additionalProperties(Schemas.integer(0, Long.MAX_VALUE)))
                .integer("*.eventsHandled", 0, Long.MAX_VALUE)
                .integer("*.eventCount", 0, Long.MAX_VALUE)
                .integer("*.complaints", 0, Long.MAX_VALUE)
                .integer("*.storeComplaints", 0, Long.MAX_VALUE)
                .integer("*.missingCount", 0, Long.MAX_VALUE)
                .integer("*.sequenceCount", 0, Long.MAX_VALUE)
                .integer("*.letterCount", 0, Long.MAX_VALUE)
                .integer("*.segment", 0, Integer.MAX_VALUE)
                .integer("*.claimed", 0, Integer.MAX_VALUE)
                .integer("*.total", 0, Integer.MAX_VALUE)
                .integer("*.claimedSegments", 0, Integer.MAX_VALUE)
                .integer("*.retries", 0, Integer.MAX_VALUE)
                .integer("*.rounds", 0, Integer.MAX_VALUE)
                .integer("*.withdrawalRequests", 0, Integer.MAX_VALUE)
                .text("ProcessorStatus.name", READ_MODEL_NAME)
                .text("ReadModelReconciliation.readModel", READ_MODEL_NAME)
                .text("ProcessorStatus.instances[]", NODE_ID)
                .text("SegmentClaim.owner", NODE_ID)
                .text("ThisInstance.nodeId", NODE_ID)
                .text("DeadLetterView.eventIdentifier", AXON_COLUMN)
                .text("DeadLetterView.eventType", AXON_COLUMN)
                .text("DeadLetterView.causeType", AXON_COLUMN)
                .text("DeadLetterView.causeMessage", CAUSE_MESSAGE)
                .text("ProcessorDeadLetters.processor", AXON_COLUMN)
                .text("RetryOutcome.processor", AXON_COLUMN)
                .text("*.complaintId", AXON_COLUMN)
                .text("AuditedEvent.type", AXON_COLUMN)
                .text("AuditedEvent.revision", AXON_COLUMN)
                .text("AuditedEvent.actor", ACTOR_METADATA)
                .text("AuditedEvent.correlationId", Text.MAX_ID_LENGTH)
                .text("RulingBasis.decisionEvent", AXON_COLUMN)
                .text("RulingBasis.decidedBy", Text.MAX_ID_LENGTH)
                .text("Mismatch.problem", MISMATCH_PROBLEM)
                .integerParameter(org.marketplace.complaints.query.freshness.ProjectionFreshness.HEADER, 0, Long.MAX_VALUE)
                .integerParameter("page", Paging.FIRST_PAGE, Integer.MAX_VALUE)
                .integerParameter("size", 1, Paging.MAX_SIZE)
                .integerParameter("fromPosition", Long.MIN_VALUE, Long.MAX_VALUE)
                .integerParameter("toPosition", Long.MIN_VALUE, Long.MAX_VALUE)
                .textParameter("assignee", Text.MAX_ID_LENGTH)
                .textParameter("type", AXON_COLUMN)
                .textParameter("name", READ_MODEL_NAME)
                .textParameter("processor", READ_MODEL_NAME);
    }

    @Bean
    OpenApiCustomizer queryErrorResponses() {
        return api -> {
            ProblemResponses.declareSchema(api, Schemas.ofType("object"));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation ->
                    errors(api, path, item, operation)));
        };
    }

    private static void errors(OpenAPI api, String path, PathItem item, Operation operation) {
        declare(api, operation, "400", "ValidationFailed", problem("bad input: a malformed or out-of-range "
                + "parameter or header, an unknown enum value or event type; errors lists each", "VALIDATION_FAILED"));
        declare(api, operation, "401", "Unauthenticated", ProblemResponses.unauthenticated());
        declare(api, operation, "403", "RoleNotAllowed", ProblemResponses.roleNotAllowed());
        if (path.contains("{id}")) {
            declare(api, operation, "404", "ComplaintNotFound", problem("COMPLAINT_NOT_FOUND: no such complaint, "
                    + "or one the calling buyer or seller is not a party to", "COMPLAINT_NOT_FOUND"));
        } else if (path.contains("{name}") || path.contains("{processor}")) {
            declare(api, operation, "404", "ProcessorNotFound", problem("PROCESSOR_NOT_FOUND: no event processor "
                    + "of that name", "PROCESSOR_NOT_FOUND"));
        }
        declare(api, operation, "406", "NotAcceptable", ProblemResponses.notAcceptable());
        boolean rebuild = path.endsWith("/rebuild");
        if (rebuild) {
            declare(api, operation, "409", "RebuildInProgress", problem("REBUILD_IN_PROGRESS: a rebuild of that read "
                    + "model is under way", "REBUILD_IN_PROGRESS"));
        }
        declare(api, operation, "500", "InternalError", ProblemResponses.internalError());
        List<String> unavailable = new ArrayList<>(List.of("DATABASE_UNAVAILABLE", "AUTHENTICATION_UNAVAILABLE"));
        boolean fresh = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> org.marketplace.complaints.query.freshness.ProjectionFreshness.HEADER.equals(p.getName()));
        if (fresh) {
            unavailable.add(0, "PROJECTION_BEHIND");
        }
        String name = fresh ? "ProjectionBehind" : "DatabaseUnavailable";
        declare(api, operation, "503", name, withRetryAfter(problem(String.join(", ", unavailable)
                + ": DATABASE_UNAVAILABLE the database cannot be reached; AUTHENTICATION_UNAVAILABLE a bearer token "
                + "could not be checked"
                + (fresh ? "; PROJECTION_BEHIND the read model did not reach X-Min-Event-Position in time" : ""),
                unavailable)));
    }

    private static int longestRole() {
        int longest = "SYSTEM".length();
        for (Role role : Role.values()) {
            longest = Math.max(longest, role.name().length());
        }
        return longest;
    }
}
