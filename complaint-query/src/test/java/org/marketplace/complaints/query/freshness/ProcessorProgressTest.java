package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.query.tokens.StoredToken;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * When a processor whose segments are spread over instances counts as having processed a position: each segment
 * by its stored token, or by having no event of its own after it.
 */
class ProcessorProgressTest {

    private static final Segment[] TWO = Segment.computeSegments(0, 1);

    private JdbcTemplate jdbc;
    private SegmentEvents events;

    @BeforeEach
    void anEventStore() {
        jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        jdbc.execute("CREATE TABLE DomainEventEntry (globalIndex BIGINT PRIMARY KEY, aggregateIdentifier VARCHAR(255))");
        events = new SegmentEvents(jdbc);
    }

    @Test
    void allSegmentsAtOrPastThePosition_haveProcessedIt() {
        ProcessorProgress progress = new ProcessorProgress(List.of(stored(TWO[0], 7), stored(TWO[1], 9)), events);

        assertThat(progress.reached(7, new HashSet<>())).isTrue();
        assertThat(progress.lowest()).isEqualTo(7);
    }

    @Test
    void aProcessorWithoutSegments_hasProcessedNothing() {
        ProcessorProgress progress = new ProcessorProgress(List.of(), events);

        assertThat(progress.reached(1, new HashSet<>())).isFalse();
        assertThat(progress.lowest()).isEqualTo(-1);
    }

    @Test
    void aReplayingSegment_countsWhereTheReplayHasGot() {
        IntStream.rangeClosed(11, 21).forEach(index -> store(index, ownedBy(TWO[1], index)));
        ProcessorProgress progress = progress(new SegmentProgress(TWO[1], new StoredToken(1, ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(50, List.of()), GapAwareTrackingToken.newInstance(20, List.of())),
                "other", null), "other"));

        assertThat(progress.reached(20, new HashSet<>())).isTrue();
        assertThat(progress.reached(21, new HashSet<>())).isFalse();
    }

    @Test
    void aSegmentBehind_withNoEventOfItsOwnSince_hasReachedThePosition() {
        IntStream.rangeClosed(1, 10).forEach(index -> store(index, ownedBy(TWO[0], index)));
        ProcessorProgress progress = progress(stored(TWO[1], 3));

        assertThat(progress.reached(10, new HashSet<>())).isTrue();
        assertThat(progress.lowestTowards(10)).isEqualTo(10);
    }

    @Test
    void aSegmentBehind_withAnEventOfItsOwnSince_holdsTheWholeProcessorBack() {
        IntStream.rangeClosed(1, 10).forEach(index -> store(index, ownedBy(index == 7 ? TWO[1] : TWO[0], index)));
        ProcessorProgress progress = progress(stored(TWO[1], 3));

        assertThat(progress.reached(6, new HashSet<>())).isTrue();
        assertThat(progress.reached(7, new HashSet<>())).isFalse();
        assertThat(progress.lowestTowards(10)).isEqualTo(3);
    }

    @Test
    void aSegmentWithThePositionAsAGap_hasNotReachedIt_ifTheEventThereIsItsOwn() {
        store(8, ownedBy(TWO[1], 8));
        ProcessorProgress progress = progress(new SegmentProgress(TWO[1],
                new StoredToken(1, GapAwareTrackingToken.newInstance(10, List.of(8L)), "other", null), "other"));

        assertThat(progress.reached(8, new HashSet<>())).isFalse();
        assertThat(progress.reached(9, new HashSet<>())).isTrue();
    }

    @Test
    void aPositionNoEventHasYet_isNotReached_thoughNoSegmentOwnsAnEventUpToIt() {
        IntStream.rangeClosed(1, 10).forEach(index -> store(index, ownedBy(TWO[0], index)));
        ProcessorProgress progress = new ProcessorProgress(List.of(stored(TWO[0], 10), stored(TWO[1], 3)), events);

        assertThat(progress.reached(10, new HashSet<>())).isTrue();
        assertThat(progress.reached(11, new HashSet<>())).isFalse();
    }

    @Test
    void aSegmentTooFarBehindToLook_isBehind() {
        ProcessorProgress progress = progress(stored(TWO[1], 5));

        assertThat(progress.reached(5 + SegmentEvents.MAX_RANGE + 1, new HashSet<>())).isFalse();
    }

    @Test
    void aSegmentThatNeverProcessedAnything_countsFromTheFirstEvent() {
        store(1, ownedBy(TWO[1], 1));
        ProcessorProgress progress = progress(new SegmentProgress(TWO[1], new StoredToken(1, null, null, null), null));

        assertThat(progress.reached(1, new HashSet<>())).isFalse();
        assertThat(progress.lowest()).isEqualTo(-1);
    }

    /** Segment 0 stored at {@code 10}, plus {@code other}. */
    private ProcessorProgress progress(SegmentProgress other) {
        return new ProcessorProgress(List.of(stored(TWO[0], 10), other), events);
    }

    private static SegmentProgress stored(Segment segment, long index) {
        return new SegmentProgress(segment, new StoredToken(segment.getSegmentId(),
                GapAwareTrackingToken.newInstance(index, List.of()), "other", null), "other");
    }

    private void store(long index, String aggregate) {
        jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier) VALUES (?, ?)", index, aggregate);
    }

    /** An aggregate identifier of the segment, different for every index. */
    private static String ownedBy(Segment segment, long index) {
        return IntStream.iterate(0, i -> i + 1).mapToObj(i -> "complaint-" + index + "-" + i)
                .filter(segment::matches).findFirst().orElseThrow();
    }
}
