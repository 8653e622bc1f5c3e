package org.marketplace.complaints.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.marketplace.complaints.platform.web.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The auditors' read-only view of the event history itself (AUDITOR only, see EndpointRoles). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
class AuditController {

    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final ComplaintHistory history;
    private final HashChainVerifier verifier;
    private final EventExport globalStream;
    private final ObjectMapper json;

    AuditController(ComplaintHistory history, HashChainVerifier verifier, EventExport export, ObjectMapper json) {
        this.history = history;
        this.verifier = verifier;
        this.globalStream = export;
        this.json = json;
    }

    @Operation(summary = "Every event of a complaint in order, with position, type, revision, time, actor, correlation id")
    @GetMapping("/complaints/{id}/events")
    List<AuditedEvent> events(@PathVariable UUID id) {
        return history.events(id.toString());
    }

    @Operation(summary = "The complaint as it stood at an instant, rebuilt by replaying its events up to then")
    @GetMapping("/complaints/{id}/state")
    ComplaintAtInstant state(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
        return history.at(id.toString(), at);
    }

    @Operation(summary = "What the arbitrator saw: the complaint at the stream version a decision on its ruling records",
            description = "Replays the complaint up to the version the decision records as decided on. decision=IN_FORCE "
                    + "(the default): the decision that put the ruling in force: the revision (RulingRevised) when a "
                    + "reconsideration revised the ruling, otherwise the ruling itself (ComplaintRuled; an upheld "
                    + "ruling stays the original arbitrator's). decision=RULING: the original ruling, also after a "
                    + "revision. decision=RECONSIDERATION: the decision on the reconsideration, upheld (RulingUpheld) "
                    + "or revised (RulingRevised). decisionEvent and decidedBy say which decision the answer is the "
                    + "basis of. 404 COMPLAINT_NOT_FOUND when the complaint has no such decision (no ruling, or no "
                    + "decided reconsideration).")
    @GetMapping("/complaints/{id}/ruling-basis")
    RulingBasis rulingBasis(@PathVariable UUID id,
                            @Parameter(description = "IN_FORCE (default), RULING or RECONSIDERATION")
                            @RequestParam(defaultValue = "IN_FORCE") RulingDecision decision) {
        return history.asDecidedOn(id.toString(), decision);
    }

    @Operation(summary = "Checks the complaint's stored events against their hash chain; names the first mismatch")
    @GetMapping("/complaints/{id}/verification")
    ChainVerification verifyComplaint(@PathVariable UUID id) {
        return verifier.complaint(id.toString());
    }

    @Operation(summary = "Checks a range of the global stream (by position) against the hash chain")
    @GetMapping("/verification")
    ChainVerification verifyRange(@RequestParam(defaultValue = "0") long fromPosition,
                                  @RequestParam(defaultValue = "" + Long.MAX_VALUE) long toPosition) {
        return verifier.range(fromPosition, toPosition);
    }

    @Operation(summary = "The global event stream in a time range (and of one event type), streamed as NDJSON")
    @GetMapping(value = "/events", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(required = false) String type) {
        Instant start = from == null ? Instant.EPOCH : from;
        Instant end = to == null ? Instant.now() : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException(new IllegalArgumentException("to must not be before from"));
        }
        String payloadType = AuditedTypes.payloadTypeOf(type);
        StreamingResponseBody body = out -> globalStream.each(start, end, payloadType, event -> line(out, event));
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    private void line(OutputStream out, AuditedEvent event) {
        try {
            out.write(json.writeValueAsBytes(event));
            out.write('\n');
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
