package org.marketplace.complaints.api.view;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a complaint's story: when, which event ({@code type}, its simple name), who took it, the facts a
 * client needs to word it in its own language ({@code data}, keys per type in api.md), and an English sentence.
 */
public record TimelineEntry(long sequence, Instant at, String type, TimelineActor actor, Map<String, Object> data,
                            String summary) {
}
