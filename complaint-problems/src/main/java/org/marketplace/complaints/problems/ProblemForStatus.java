package org.marketplace.complaints.problems;

import org.springframework.http.ProblemDetail;

/**
 * The problem for an error that only its status explains (one Tomcat or a filter raised before any controller
 * could say more). Each side gives its own: the services and the web app word them, and the 400's field list,
 * differently. The detail must be a fixed sentence, never the container's message, which may quote the request.
 */
@FunctionalInterface
public interface ProblemForStatus {

    /** @param status any status, also one below 400 that a filter answered as an error */
    ProblemDetail of(int status);
}
