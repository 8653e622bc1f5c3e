package org.marketplace.complaints.query.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.Test;

/** When a processor counts as having processed a position, from its segments' statuses. */
class ProcessedPositionTest {

    private static final Segment[] FOUR = Segment.computeSegments(0, 1, 2, 3);

    @Test
    void allSegmentsAtOrPastThePosition_haveProcessedIt() {
        List<EventTrackerStatus> segments = List.of(at(FOUR[0], 7), at(FOUR[1], 9), at(FOUR[2], 7), at(FOUR[3], 12));

        assertThat(ProcessedPosition.reached(segments, 7)).isTrue();
        assertThat(ProcessedPosition.lowest(segments)).isEqualTo(7);
    }

    @Test
    void oneSegmentBehind_holdsTheWholeProcessorBack() {
        List<EventTrackerStatus> segments = List.of(at(FOUR[0], 7), at(FOUR[1], 6), at(FOUR[2], 7), at(FOUR[3], 7));

        assertThat(ProcessedPosition.reached(segments, 7)).isFalse();
    }

    @Test
    void anUnclaimedSegment_meansNothingIsKnownToBeProcessed() {
        List<EventTrackerStatus> threeOfFour = List.of(at(FOUR[0], 9), at(FOUR[1], 9), at(FOUR[2], 9));

        assertThat(ProcessedPosition.reached(threeOfFour, 1)).isFalse();
        assertThat(ProcessedPosition.lowest(threeOfFour)).isEqualTo(-1);
    }

    @Test
    void segmentsOfDifferentSizes_countByTheShareTheyCover() {
        Segment[] uneven = Segment.computeSegments(0, 1, 3);

        assertThat(ProcessedPosition.reached(List.of(at(uneven[0], 5), at(uneven[1], 5), at(uneven[2], 5)), 5)).isTrue();
        assertThat(ProcessedPosition.reached(List.of(at(uneven[0], 5), at(uneven[2], 5)), 5)).isFalse();
    }

    @Test
    void aSegmentThatNeverReadAnEvent_hasProcessedNothing() {
        List<EventTrackerStatus> segments = List.of(new TrackerStatus(Segment.ROOT_SEGMENT, null));

        assertThat(ProcessedPosition.reached(segments, 1)).isFalse();
    }

    @Test
    void aPositionLeftAsAGap_isNotProcessedYet_thoughLaterOnesAre() {
        GapAwareTrackingToken withGap = GapAwareTrackingToken.newInstance(10, List.of(8L));
        List<EventTrackerStatus> segments = List.of(new TrackerStatus(Segment.ROOT_SEGMENT, withGap));

        assertThat(ProcessedPosition.reached(segments, 8)).isFalse();
        assertThat(ProcessedPosition.reached(segments, 9)).isTrue();
    }

    @Test
    void aReplayingSegment_countsWhereTheReplayHasGot() {
        var replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(50, List.of()),
                GapAwareTrackingToken.newInstance(20, List.of()));
        List<EventTrackerStatus> segments = List.of(new TrackerStatus(Segment.ROOT_SEGMENT, replay));

        assertThat(ProcessedPosition.reached(segments, 20)).isTrue();
        assertThat(ProcessedPosition.reached(segments, 21)).isFalse();
    }

    private static EventTrackerStatus at(Segment segment, long index) {
        return new TrackerStatus(segment, GapAwareTrackingToken.newInstance(index, List.of()));
    }
}
