package org.marketplace.complaints.command.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * One limit as a Bucket4j token bucket: the full allowance at once, refilled evenly over the period (greedy), so a
 * caller who paused has their allowance back bit by bit and Retry-After is short. The key names the limit's value:
 * a changed limit starts fresh buckets instead of living on in the stored ones, which keep their configuration.
 */
record RateLimit(String name, long allowance, Duration period) {

    static RateLimit commands(RateLimitSettings settings) {
        return new RateLimit("commands-per-minute", settings.commandsPerMinute(), Duration.ofMinutes(1));
    }

    static RateLimit filings(RateLimitSettings settings) {
        return new RateLimit("filings-per-hour", settings.filingsPerHour(), Duration.ofHours(1));
    }

    String bucketKey(String caller) {
        return name + "=" + allowance + ":" + caller;
    }

    BucketConfiguration configuration() {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, period).build())
                .build();
    }
}
