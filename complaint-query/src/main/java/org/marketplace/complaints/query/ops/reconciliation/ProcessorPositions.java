package org.marketplace.complaints.query.ops.reconciliation;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far a processor has got, from its stored tokens rather than from processors in memory: the check must
 * also run from the command line, in a process whose processors hold no segment. The tokens are read with
 * the serializer Axon's token store writes them with.
 */
@Component
class ProcessorPositions {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    ProcessorPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * The position every segment has passed: events at or below it were offered to the read model. Empty while
     * some segment has no token yet (or the processor has never run).
     */
    OptionalLong passedByAllSegments(String processor) {
        List<OptionalLong> segments = jdbc.query("SELECT token, tokenType FROM TokenEntry WHERE processorName = ?",
                (row, n) -> position(row.getBytes("token"), row.getString("tokenType")), processor);
        if (segments.isEmpty() || segments.stream().anyMatch(OptionalLong::isEmpty)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(segments.stream().mapToLong(OptionalLong::getAsLong).min().orElseThrow());
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null || type == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
