package org.marketplace.complaints.platform.apidocs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * What both services' OpenAPI documents share: the bounds of the published language's types, the text limits of
 * the request bodies, where the service is and how callers authenticate. Each service declares its own error
 * responses ({@link ProblemResponses}) and the bounds of its own views ({@link SchemaBounds}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsAutoConfiguration {

    static {
        PublishedTypes.register();
    }

    @Bean
    PropertyCustomizer textLengthsInApiDocs() {
        return new TextLengths();
    }

    @Bean
    OpenApiCustomizer serverAndSchemesInApiDocs() {
        return new ServerAndSchemes();
    }

    /** Last, so that it sees the schemas and responses every other customizer added. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer typeBoundsInApiDocs() {
        return new TypeBounds();
    }
}
