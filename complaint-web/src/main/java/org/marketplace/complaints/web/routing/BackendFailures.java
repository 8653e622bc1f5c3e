package org.marketplace.complaints.web.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import org.marketplace.complaints.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A service that cannot be reached answers problem+json like every other error the app sees, never an HTML error
 * page: 503 SERVICE_UNAVAILABLE (with Retry-After) while it is down or starting, 502 BAD_GATEWAY when it was
 * reached but the exchange failed (a timeout, a broken answer).
 */
@Component
public class BackendFailures {

    private static final Logger log = LoggerFactory.getLogger(BackendFailures.class);
    static final String RETRY_AFTER_SECONDS = "5";

    static boolean isBackendFailure(Throwable failure) {
        return failure instanceof RestClientException || failure instanceof IOException;
    }

    ServerResponse answer(String service, Throwable failure) {
        // one line per failed call while a service is down; the stack trace only when asked for
        log.warn("The {} service could not be asked: {}", service, failure.toString());
        log.debug("Call to the {} service failed", service, failure);
        if (isUnreachable(failure)) {
            return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                            "the " + service + " service is not available right now; try again shortly"));
        }
        return ServerResponse.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.BAD_GATEWAY, "BAD_GATEWAY",
                        "the " + service + " service did not answer properly; try again"));
    }

    /** Nothing listens (refused) or the name does not resolve: the request never reached the service. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }
}
