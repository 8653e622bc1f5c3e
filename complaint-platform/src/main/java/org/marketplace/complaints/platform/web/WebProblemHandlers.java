package org.marketplace.complaints.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Every error as problem+json, at each layer it can arise in: the two controller advices (bad input first, 400;
 * everything else after: translators, then 500), the /error page for what fails outside Spring MVC, and Tomcat's
 * report valve for what Tomcat refuses before any servlet runs.
 */
@Configuration(proxyBeanMethods = false)
@Import({RequestProblemHandler.class, FallbackProblemHandler.class, ErrorProblems.class})
public class WebProblemHandlers {

    @Bean
    static ContainerErrors containerErrors(ObjectProvider<ObjectMapper> json) {
        return new ContainerErrors(json);
    }
}
