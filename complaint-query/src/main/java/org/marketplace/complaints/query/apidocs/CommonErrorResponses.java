package org.marketplace.complaints.query.apidocs;

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
 * The answer any endpoint may get: 503 DATABASE_UNAVAILABLE with Retry-After. Declared once under
 * components/responses and referenced from every operation that does not declare a 503 of its own.
 */
@Configuration(proxyBeanMethods = false)
class CommonErrorResponses {

    @Bean
    OpenApiCustomizer errorResponsesOfEveryOperation() {
        return api -> {
            api.getComponents().addResponses("DatabaseUnavailable", databaseUnavailable());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation.getResponses()
                    .putIfAbsent("503", new ApiResponse().$ref("#/components/responses/DatabaseUnavailable"))));
        };
    }

    private static ApiResponse databaseUnavailable() {
        ObjectSchema body = new ObjectSchema();
        body.addProperty("status", new IntegerSchema());
        body.addProperty("code", new StringSchema());
        body.addProperty("detail", new StringSchema());
        return new ApiResponse()
                .description("DATABASE_UNAVAILABLE: the database cannot be reached; retry after Retry-After seconds")
                .addHeaderObject("Retry-After", new Header().description("seconds to wait before retrying")
                        .schema(new IntegerSchema()))
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(body)));
    }
}
