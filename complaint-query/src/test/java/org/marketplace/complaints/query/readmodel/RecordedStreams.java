package org.marketplace.complaints.query.readmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * An event store for projection tests without Spring: the streams a test recorded, and how often a fold was rebuilt
 * from one. {@link #none()}: a test that stores no fold under another version, which must never read a stream.
 */
public final class RecordedStreams implements ComplaintStreams {

    private final Map<String, List<? extends DomainEventMessage<?>>> streams = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    private final boolean readable;

    private RecordedStreams(boolean readable) {
        this.readable = readable;
    }

    public static RecordedStreams recording() {
        return new RecordedStreams(true);
    }

    public static RecordedStreams none() {
        return new RecordedStreams(false);
    }

    /** The complaint's stream from now on: its events as the command side stored them. */
    public RecordedStreams store(String complaintId, List<? extends DomainEventMessage<?>> events) {
        streams.put(complaintId, List.copyOf(events));
        return this;
    }

    @Override
    public List<? extends DomainEventMessage<?>> read(String complaintId) {
        if (!readable) {
            throw new AssertionError("complaint " + complaintId + "'s stream was read, but this test stored no fold "
                    + "under another version");
        }
        reads.add(complaintId);
        return streams.getOrDefault(complaintId, List.of());
    }

    /** The complaints whose streams were read, once a read. */
    public List<String> reads() {
        return List.copyOf(reads);
    }
}
