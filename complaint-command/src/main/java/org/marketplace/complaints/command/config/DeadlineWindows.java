package org.marketplace.complaints.command.config;

import java.time.Duration;
import org.marketplace.complaints.api.DeadlinePolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deadline windows of complaints.deadlines.*. Each filing records them as its DeadlinePolicy, so a
 * change here applies to complaints filed afterwards and never rewrites open cases. {@code assignment}: how long an
 * intervened case may wait for an arbitrator before the queue shows it overdue; {@code settlementFulfilment}: how long
 * the seller has to carry out an accepted settlement before the complaint is closed as settled; {@code reconsideration}:
 * how long after a ruling either party may ask for its reconsideration.
 */
@ConfigurationProperties("complaints.deadlines")
public record DeadlineWindows(@DefaultValue("PT48H") Duration sellerResponse,
                              @DefaultValue("P7D") Duration negotiation,
                              @DefaultValue("PT72H") Duration evidence,
                              @DefaultValue("PT24H") Duration assignment,
                              @DefaultValue("P7D") Duration settlementFulfilment,
                              @DefaultValue("P7D") Duration reconsideration) {

    public DeadlinePolicy toPolicy() {
        return new DeadlinePolicy(sellerResponse, negotiation, evidence, assignment, settlementFulfilment,
                reconsideration);
    }
}
