package org.marketplace.complaints.command.web;

import static org.marketplace.complaints.platform.apidocs.ProblemResponses.declare;
import static org.marketplace.complaints.platform.apidocs.ProblemResponses.problem;
import static org.marketplace.complaints.platform.apidocs.ProblemResponses.withRetryAfter;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.EvidenceReference;
import org.marketplace.complaints.api.Text;
import org.marketplace.complaints.api.rules.RuleCode;
import org.marketplace.complaints.platform.apidocs.ProblemResponses;
import org.marketplace.complaints.platform.apidocs.PublishedTypes;
import org.marketplace.complaints.platform.apidocs.SchemaBounds;
import org.marketplace.complaints.platform.apidocs.Schemas;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * What the command service's OpenAPI document adds to springdoc's reading of the controllers: every error a
 * command can get (api.md, "Rule codes and HTTP statuses"), X-Event-Position on every success, and the bounds of
 * its answers. The 409 codes are the rule codes whose status is 409, so a new rule shows up by itself.
 */
@Configuration(proxyBeanMethods = false)
class CommandApiDocs {

    /** An https URL (no whitespace: it must parse as a URI with a host) or a stored file's id (api.md). */
    static final String EVIDENCE_REFERENCE = "^(?:[Hh][Tt][Tt][Pp][Ss]://\\S+|"
            + EvidenceReference.STORED_FILE_ID.pattern() + ")$";

    /** The ruling's If-Match as StreamVersion reads it: bare, quoted or weak, or "*"; its length only the header limit's. */
    static final String IF_MATCH = "^\\s*(?:\\*|(?:W/)?(?:\"\\+?[0-9]+\"|\\+?[0-9]+))?\\s*$";

    @Bean
    SchemaBounds commandSchemaBounds() {
        return SchemaBounds.shared()
                .text("ComplaintFiledAnswer.complaintId", PublishedTypes.UUID_LENGTH)
                .text("OfferAnswer.offerId", Text.MAX_ID_LENGTH)
                .text("WithdrawalAnswer.requestId", Text.MAX_ID_LENGTH)
                .property("EvidenceItemRequest.reference", schema -> schema.setPattern(EVIDENCE_REFERENCE))
                .parameter("If-Match", schema -> {
                    schema.setPattern(IF_MATCH);
                    schema.setMaxLength(ProblemResponses.MAX_REQUEST_LINE);
                });
    }

    @Bean
    OpenApiCustomizer commandErrorResponses() {
        return api -> {
            ProblemResponses.declareSchema(api, Schemas.ofType("object")
                    .addProperty("state", Schemas.oneOf(names(ComplaintState.values()))
                            .description("the complaint's state, with a refusal of the lifecycle's rules"))
                    .addProperty("complaintId", Schemas.text(PublishedTypes.UUID_LENGTH).format("uuid")
                            .description("COMPLAINT_ALREADY_OPEN: the open complaint")));
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                eventPositionOnSuccess(operation);
                errors(api, path, operation);
            }));
        };
    }

    private static void eventPositionOnSuccess(Operation operation) {
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.get$ref() == null) {
                response.addHeaderObject(Sent.EVENT_POSITION, new Header()
                        .description("the global position of the complaint's last stored event: send it to the "
                                + "query service as X-Min-Event-Position to read this write")
                        .schema(Schemas.integer(0, Long.MAX_VALUE)));
            }
        });
    }

    private static void errors(OpenAPI api, String path, Operation operation) {
        boolean withdrawal = path.endsWith("/withdrawal");
        // a reconsideration, like a withdrawal after the ruling, is refused without new evidence: a 400 of its own
        boolean reconsideration = path.endsWith("/reconsideration");
        List<String> invalid = new ArrayList<>(List.of("VALIDATION_FAILED"));
        if (withdrawal) {
            invalid.addAll(List.of(RuleCode.SETTLEMENT_TERMS_REQUIRED.name(), RuleCode.NEW_EVIDENCE_REQUIRED.name()));
        }
        if (reconsideration) {
            invalid.add(RuleCode.NEW_EVIDENCE_REQUIRED.name());
        }
        String invalidName = withdrawal ? "InvalidWithdrawal" : reconsideration ? "InvalidReconsideration"
                : "ValidationFailed";
        declare(api, operation, "400", invalidName, problem(
                "bad input: malformed JSON, a missing or out-of-range field, an unknown enum value, oversized text, a "
                        + "body that is not application/json; errors lists each field", invalid));
        declare(api, operation, "401", "Unauthenticated", ProblemResponses.unauthenticated());
        declare(api, operation, "403", "RoleNotAllowed", ProblemResponses.roleNotAllowed());
        if (path.contains("{id}")) {
            declare(api, operation, "404", "ComplaintNotFound", problem("COMPLAINT_NOT_FOUND: no such complaint, "
                    + "or one the calling buyer or seller is not a party to", RuleCode.COMPLAINT_NOT_FOUND.name()));
        }
        declare(api, operation, "406", "NotAcceptable", ProblemResponses.notAcceptable());
        declare(api, operation, "409", "RuleRefused", problem("a rule of the complaint's lifecycle forbids the "
                + "step: the code names the rule, state the complaint's state", conflicts()));
        declare(api, operation, "429", "RateLimited", withRetryAfter(problem("RATE_LIMITED: the caller's commands a "
                + "minute, or the buyer's filings an hour, are used up (complaints.rate-limits.*)", "RATE_LIMITED")));
        declare(api, operation, "500", "InternalError", ProblemResponses.internalError());
        declare(api, operation, "503", "DatabaseUnavailable", withRetryAfter(problem("DATABASE_UNAVAILABLE: the "
                + "database cannot be reached, nothing was stored; AUTHENTICATION_UNAVAILABLE: a bearer token could "
                + "not be checked, the identity provider's keys could not be fetched",
                "DATABASE_UNAVAILABLE", "AUTHENTICATION_UNAVAILABLE")));
    }

    private static List<String> conflicts() {
        return Arrays.stream(RuleCode.values()).filter(code -> RuleProblems.statusOf(code) == HttpStatus.CONFLICT)
                .map(RuleCode::name).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
