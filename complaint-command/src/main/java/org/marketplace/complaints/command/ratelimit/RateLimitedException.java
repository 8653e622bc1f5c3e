package org.marketplace.complaints.command.ratelimit;

/** A caller over one of the limits; the request is refused before anything runs. */
class RateLimitedException extends RuntimeException {

    private final RateLimit limit;
    private final long retryAfterSeconds;

    RateLimitedException(RateLimit limit, long retryAfterSeconds) {
        super("too many requests: at most " + limit.allowance() + " " + limit.name().replace('-', ' ')
                + "; retry after " + retryAfterSeconds + " s");
        this.limit = limit;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    RateLimit limit() {
        return limit;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
