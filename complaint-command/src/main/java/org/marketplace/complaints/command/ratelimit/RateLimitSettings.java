package org.marketplace.complaints.command.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * complaints.rate-limits.*: how many commands a caller may send a minute, and how many complaints a buyer may file
 * an hour (filing counts against both). Against abuse (恶意投诉), not against load: a buyer filing in good faith
 * never comes near them. Demo and test set-ups raise them.
 */
@ConfigurationProperties("complaints.rate-limits")
public record RateLimitSettings(@DefaultValue("60") long commandsPerMinute, @DefaultValue("10") long filingsPerHour) {

    public RateLimitSettings {
        if (commandsPerMinute < 1 || filingsPerHour < 1) {
            throw new IllegalArgumentException("complaints.rate-limits.* must be at least 1");
        }
    }
}
