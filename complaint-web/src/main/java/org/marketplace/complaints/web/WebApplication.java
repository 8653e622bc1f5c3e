package org.marketplace.complaints.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The browser's one origin: the single-page app, its login (an HttpOnly session cookie) and its /api calls,
 * relayed to the command and query services with the caller's credentials. The browser never holds a password or
 * a token, and never needs CORS.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebApplication.class, args);
    }
}
