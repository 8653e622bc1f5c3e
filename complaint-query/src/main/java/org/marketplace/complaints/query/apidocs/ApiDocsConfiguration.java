package org.marketplace.complaints.query.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document served at {@code /v3/api-docs}: what the service is and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    private static final String BASIC = "basicAuth";
    private static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI queryServiceApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Complaints query service")
                        .version("v1")
                        .description("Read models of the buyer complaint lifecycle, the audit API and the operations API."))
                // demo accounts (embedded) or the identity provider's JWTs (production): either one will do
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
