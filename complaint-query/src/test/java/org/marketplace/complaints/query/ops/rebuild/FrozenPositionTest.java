package org.marketplace.complaints.query.ops.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;

/** Where the active tables are frozen, from the stored tokens: every event at or below it is in them. */
class FrozenPositionTest {

    private final InMemoryTokenStore tokens = new InMemoryTokenStore();

    @Test
    void theFrozenPosition_isTheSlowestSegments() {
        tokens.initializeTokenSegments("p", 2);
        tokens.storeToken(GapAwareTrackingToken.newInstance(10, Set.of()), "p", 0);
        tokens.storeToken(GapAwareTrackingToken.newInstance(12, Set.of()), "p", 1);

        assertThat(FrozenPosition.of(tokens, "p")).isEqualTo(10);
    }

    @Test
    void anEventNotYetCommittedBelowTheIndex_keepsTheFrozenPositionBelowIt() {
        tokens.initializeTokenSegments("p", 1);
        tokens.storeToken(GapAwareTrackingToken.newInstance(12, Set.of(7L, 9L)), "p", 0);

        assertThat(FrozenPosition.of(tokens, "p")).isEqualTo(6);
    }

    @Test
    void aSegmentThatNeverSawAnEvent_freezesAtZero() {
        tokens.initializeTokenSegments("p", 2);
        tokens.storeToken(GapAwareTrackingToken.newInstance(12, Set.of()), "p", 1);

        assertThat(FrozenPosition.of(tokens, "p")).isZero();
    }
}
