package org.marketplace.complaints.command.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs; api.md stays the contract, this is its machine-readable form. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static {
        // the caller comes from the credentials, never from the request: not a parameter to document
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI commandServiceApi() {
        return new OpenAPI()
                .info(new Info().title("Complaint command service").version("v1")
                        .description("Every change to a buyer complaint. Errors are application/problem+json with a "
                                + "stable code; every success carries X-Event-Position for read-your-writes "
                                + "on the query service."))
                // demo accounts (embedded) or the identity provider's JWTs (production): either one will do
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
