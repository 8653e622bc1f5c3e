package org.marketplace.complaints.query.freshness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.Segment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which segment the events of a range of the global stream belong to. The read models' processors sequence
 * by complaint (Axon's default policy: the aggregate identifier; an event without one is stored with its own
 * identifier there, which is what the policy then uses), so an event belongs to the segment that
 * {@link Segment#matches(Object) matches} its aggregateIdentifier. A segment that owns none of the events
 * after its stored token has nothing to do up to the end of the range, whoever claims it.
 */
@Component
class SegmentEvents {

    /** Longer ranges are not read: a segment that far behind is taken as behind (it stores its token soon). */
    static final long MAX_RANGE = 10_000;

    private final JdbcTemplate jdbc;

    SegmentEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A reader for one decision: each range is read once, however many segments ask about it. */
    Reader reader() {
        return new Reader();
    }

    final class Reader {

        private final Map<Long, Map<Long, List<StoredEvent>>> ranges = new HashMap<>();

        /**
         * Whether an event in (after, upTo] belongs to the segment; true as well for a range too long to read, and
         * for one whose last event is not in the store (yet): a position no event has is processed by nobody.
         */
        boolean anyFor(Segment segment, long after, long upTo) {
            long from = Math.max(after, 0);
            if (upTo <= from) {
                return false;
            }
            if (upTo - from > MAX_RANGE) {
                return true;
            }
            List<StoredEvent> range = ranges.computeIfAbsent(from, key -> new HashMap<>()).computeIfAbsent(upTo,
                    key -> jdbc.query("SELECT globalIndex, aggregateIdentifier FROM DomainEventEntry "
                                    + "WHERE globalIndex > ? AND globalIndex <= ?",
                            (row, n) -> new StoredEvent(row.getLong(1), row.getString(2)), from, upTo));
            return range.stream().noneMatch(event -> event.position() == upTo)
                    || range.stream().anyMatch(event -> segment.matches(event.aggregate()));
        }
    }

    private record StoredEvent(long position, String aggregate) {
    }
}
