package org.marketplace.complaints.api.view;

import java.time.Instant;

/** One step of a complaint's story: when, which event, who did it (ROLE:id, or SYSTEM:deadline), in a sentence. */
public record TimelineEntry(long sequence, Instant at, String type, String actor, String summary) {
}
