package org.marketplace.complaints.command.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answers any command may get whatever its endpoint: 429 RATE_LIMITED and 503 DATABASE_UNAVAILABLE, each with
 * Retry-After. Declared once under components/responses and referenced from every operation of the document.
 */
@Configuration(proxyBeanMethods = false)
class CommonErrorResponses {

    @Bean
    OpenApiCustomizer errorResponsesOfEveryOperation() {
        return api -> {
            Components components = api.getComponents();
            components.addResponses("RateLimited", problem("RATE_LIMITED: the caller's commands a minute, or the buyer's "
                    + "filings an hour, are used up (complaints.rate-limits.*); retry after Retry-After seconds"));
            components.addResponses("DatabaseUnavailable", problem("DATABASE_UNAVAILABLE: the database cannot be reached; "
                    + "nothing was stored, retry after Retry-After seconds"));
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().putIfAbsent("429", new ApiResponse().$ref("#/components/responses/RateLimited"));
                operation.getResponses().putIfAbsent("503", new ApiResponse().$ref("#/components/responses/DatabaseUnavailable"));
            }));
        };
    }

    private static ApiResponse problem(String description) {
        ObjectSchema body = new ObjectSchema();
        body.addProperty("status", new IntegerSchema());
        body.addProperty("code", new StringSchema());
        body.addProperty("detail", new StringSchema());
        return new ApiResponse().description(description)
                .addHeaderObject("Retry-After", new Header().description("seconds to wait before retrying")
                        .schema(new IntegerSchema()))
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(body)));
    }
}
