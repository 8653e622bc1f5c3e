package org.marketplace.complaints.api.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.marketplace.complaints.api.ArbitratorId;
import org.marketplace.complaints.api.Remedy;
import org.marketplace.complaints.api.RulingOutcome;

import java.time.Instant;

/**
 * The platform's ruling (最终处理结果) in force, with its reasons: the original one, or, once a reconsideration
 * revised it ({@code revised}), the revision, with the reviser's time as {@code ruledAt} and the reviser as
 * {@code ruledBy}. {@code ruledBy} only for staff (StaffIds). {@code final}: no reconsideration can change it any more
 * (decided, or its window passed, at the time of the query). {@code reconsiderationDueBy}: the end of the window the
 * ruling opened, even once it was used or passed; null for a revision (it is not reconsidered again) and for rulings
 * recorded before reconsideration existed.
 */
public record RulingView(RulingOutcome outcome, Remedy remedy, String rationale, Instant ruledAt,
                         ArbitratorId ruledBy, @JsonProperty("final") boolean finalRuling,
                         Instant reconsiderationDueBy, boolean revised) {
}
