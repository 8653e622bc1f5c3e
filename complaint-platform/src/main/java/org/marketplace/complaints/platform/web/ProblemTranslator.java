package org.marketplace.complaints.platform.web;

import org.springframework.http.ProblemDetail;

/**
 * A service's own failures that it knows how to answer (a refused rule, a projection that is behind…). The
 * fallback handler asks every translator about each cause in an exception's chain.
 */
@FunctionalInterface
public interface ProblemTranslator {

    /** The problem for this failure, or null when it is not one this translator knows. */
    ProblemDetail translate(Throwable failure);
}
