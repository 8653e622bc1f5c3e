package org.marketplace.complaints.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The error answers of the documents: application/problem+json (RFC 9457) with the stable {@code code}, one
 * response per status that names the codes it can carry (api.md, "Rule codes and HTTP statuses").
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String SCHEMA = "Problem";
    public static final String RETRY_AFTER = "Retry-After";
    /** The longest Retry-After any answer carries: a rate limit's period, an hour at most. */
    public static final int MAX_RETRY_AFTER_SECONDS = 3600;
    /** Tomcat's max-http-request-header-size (8 kB by default) bounds the request line, hence the path. */
    public static final int MAX_REQUEST_LINE = 8 * 1024;
    private static final int LONGEST_REASON_PHRASE = Arrays.stream(HttpStatus.values())
            .mapToInt(status -> status.getReasonPhrase().length()).max().orElseThrow();

    private ProblemResponses() {
    }

    /** Adds the Problem schema, which every problem response refers to. */
    public static void declareSchema(OpenAPI api, Schema<?> extraProperties) {
        Schema<Object> field = Schemas.ofType("object").description("one input that was refused")
                .addProperty("field", Schemas.ofType("string")
                        .description("the field, e.g. evidence[1].reference, or request / Content-Type"))
                .addProperty("message", Schemas.ofType("string"));
        Schema<Object> problem = Schemas.ofType("object")
                .description("RFC 9457 problem details with the stable code clients key on")
                .addProperty("type", Schemas.oneOf(List.of("about:blank")))
                .addProperty("title", Schemas.text(LONGEST_REASON_PHRASE).description("the status's reason phrase"))
                .addProperty("status", Schemas.integer(400, 599))
                .addProperty("detail", Schemas.ofType("string")
                        .description("what went wrong, in English; never repeats the request"))
                .addProperty("instance", Schemas.text(MAX_REQUEST_LINE).format("uri-reference")
                        .description("the request's path"))
                .addProperty("code", Schemas.ofType("string").pattern("^[A-Z][A-Z0-9_]*$").maxLength(64))
                .addProperty("errors", Schemas.ofType("array").items(field)
                        .description("VALIDATION_FAILED, SETTLEMENT_TERMS_REQUIRED, NEW_EVIDENCE_REQUIRED: each input "
                                + "refused"));
        problem.setRequired(List.of("status", "code"));
        if (extraProperties != null && extraProperties.getProperties() != null) {
            extraProperties.getProperties().forEach(problem::addProperty);
        }
        api.getComponents().addSchemas(SCHEMA, problem);
    }

    /** A problem response with these codes. */
    public static ApiResponse problem(String description, List<String> codes) {
        Schema<Object> code = Schemas.oneOf(codes);
        Schema<Object> schema = Schemas.ofType("object").addProperty("code", code);
        schema.setAllOf(List.of(Schemas.ref(SCHEMA)));
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
    }

    public static ApiResponse problem(String description, String... codes) {
        return problem(description, List.of(codes));
    }

    /** The answer says how many seconds to wait before asking again. */
    public static ApiResponse withRetryAfter(ApiResponse response) {
        return response.addHeaderObject(RETRY_AFTER, new Header().description("seconds to wait before asking again")
                .schema(Schemas.integer(0, MAX_RETRY_AFTER_SECONDS)));
    }

    /** 401 carries the schemes to authenticate with. */
    public static ApiResponse unauthenticated() {
        return problem("UNAUTHENTICATED: no credentials, wrong ones, or a bearer token that is invalid, expired, from "
                + "another issuer or names no caller", "UNAUTHENTICATED")
                .addHeaderObject("WWW-Authenticate", new Header().description("the schemes to authenticate with")
                        .schema(Schemas.text(MAX_REQUEST_LINE)));
    }

    public static ApiResponse roleNotAllowed() {
        return problem("ROLE_NOT_ALLOWED: the caller's role may not call this endpoint", "ROLE_NOT_ALLOWED");
    }

    public static ApiResponse notAcceptable() {
        return problem("NOT_ACCEPTABLE: the Accept header admits nothing this endpoint answers", "NOT_ACCEPTABLE");
    }

    public static ApiResponse internalError() {
        return problem("INTERNAL_ERROR: a failure no input explains; nothing about the inside is said, quote the "
                + "X-Correlation-Id when reporting it", "INTERNAL_ERROR");
    }

    /** Adds a response under its status unless the operation declares one itself; a $ref to components/responses. */
    public static void declare(OpenAPI api, Operation operation, String status, String name, ApiResponse response) {
        api.getComponents().addResponses(name, response);
        operation.getResponses().putIfAbsent(status, new ApiResponse().$ref("#/components/responses/" + name));
    }
}
