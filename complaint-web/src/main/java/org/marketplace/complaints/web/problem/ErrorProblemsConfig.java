package org.marketplace.complaints.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.marketplace.complaints.problems.ContainerErrors;
import org.marketplace.complaints.problems.ErrorProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The errors that never reach Spring MVC, as problem+json like those of the services: Boot's /error page (the one
 * ErrorController here, so Boot's own backs off) and Tomcat's report valve, both from complaint-problems, answering
 * this app's problems (Problems.forStatus).
 */
@Configuration(proxyBeanMethods = false)
class ErrorProblemsConfig {

    @Bean
    ErrorProblems errorProblems(ObjectMapper json) {
        return new ErrorProblems(json, Problems::forStatus);
    }

    @Bean
    static ContainerErrors containerErrors(ObjectProvider<ObjectMapper> json) {
        return new ContainerErrors(json, Problems::forStatus);
    }
}
