package org.marketplace.complaints.command.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.util.concurrent.TimeUnit;

/** Takes one token of a limit from the caller's bucket in the shared database, or refuses with the wait. */
class CallerRateLimits {

    private final ProxyManager<String> buckets;

    CallerRateLimits(ProxyManager<String> buckets) {
        this.buckets = buckets;
    }

    void admit(RateLimit limit, String caller) {
        ConsumptionProbe probe = buckets.builder().build(limit.bucketKey(caller), limit::configuration)
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            // whole seconds, rounded up: a client that waits that long finds a token
            long nanos = probe.getNanosToWaitForRefill();
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1));
            throw new RateLimitedException(limit, seconds);
        }
    }
}
