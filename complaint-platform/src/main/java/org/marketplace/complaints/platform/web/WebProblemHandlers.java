package org.marketplace.complaints.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.marketplace.complaints.problems.ContainerErrors;
import org.marketplace.complaints.problems.ErrorProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Every error as problem+json, at each layer it can arise in: the two controller advices (bad input first, 400;
 * everything else after: translators, then 500), the /error page for what fails outside Spring MVC, and Tomcat's
 * report valve for what Tomcat refuses before any servlet runs. The last two come from complaint-problems, which
 * the web app uses too; the problems they answer are the services' (StatusProblems).
 */
@Configuration(proxyBeanMethods = false)
@Import({RequestProblemHandler.class, FallbackProblemHandler.class})
public class WebProblemHandlers {

    @Bean
    ErrorProblems errorProblems(ObjectMapper json) {
        return new ErrorProblems(json, StatusProblems::of);
    }

    @Bean
    static ContainerErrors containerErrors(ObjectProvider<ObjectMapper> json) {
        return new ContainerErrors(json, StatusProblems::of);
    }
}
