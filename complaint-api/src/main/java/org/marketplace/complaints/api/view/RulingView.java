package org.marketplace.complaints.api.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.Remedy;
import org.marketplace.complaints.api.RulingOutcome;

import java.time.Instant;

/**
 * The platform's ruling (最终处理结果) with its reasons. {@code ruledBy} only for staff (StaffIds). There is no
 * reconsideration yet: {@code final} is false and {@code reconsiderationDueBy} null until one exists, so that
 * clients already read the fields a reconsideration period will fill.
 */
public record RulingView(RulingOutcome outcome, Remedy remedy, String rationale, Instant ruledAt,
                         ArbitratorId ruledBy, @JsonProperty("final") boolean finalRuling,
                         Instant reconsiderationDueBy) {
}
