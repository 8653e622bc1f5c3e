package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.fixtures.ComplaintHistory;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketplace.complaints.api.fixtures.ComplaintHistories.negotiating;

/** The fold is deterministic and immutable: auditors rebuild exactly what the aggregate saw. */
class FactsReplayTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    void replayingTheSameEventsTwice_givesEqualFacts(Situation situation) {
        List<ComplaintEvent> events = situation.history().events();

        assertThat(ComplaintFacts.replay(events)).usingRecursiveComparison().isEqualTo(ComplaintFacts.replay(events));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    void eventCount_isTheLengthOfTheStream(Situation situation) {
        ComplaintHistory history = situation.history();

        assertThat(history.facts().eventCount()).isEqualTo(history.events().size());
    }

    @Test
    void replay_isTheSameAsApplyingEachEventInTurn() {
        List<ComplaintEvent> events = Situation.RULED_WITH_PENDING_EXCEPTIONAL_REQUEST.history().events();
        ComplaintFacts stepwise = ComplaintFacts.none();
        for (ComplaintEvent event : events) {
            stepwise = stepwise.apply(event);
        }

        assertThat(stepwise).usingRecursiveComparison().isEqualTo(ComplaintFacts.replay(events));
    }

    @Test
    void apply_answersNewFacts_andLeavesTheOldOnesUntouched() {
        ComplaintHistory history = negotiating();
        ComplaintFacts before = ComplaintFacts.replay(history.events());
        List<ComplaintEvent> longer = history.settlementOffered().events();

        ComplaintFacts after = before.apply(longer.get(longer.size() - 1));

        assertThat(after).isNotSameAs(before);
        assertThat(before.openOffer()).isNull();
        assertThat(before.eventCount()).isEqualTo(longer.size() - 1);
        assertThat(after.openOffer()).isNotNull();
    }

    @Test
    void noEvents_meansNotFiled() {
        ComplaintFacts none = ComplaintFacts.replay(List.of());

        assertThat(none.isFiled()).isFalse();
        assertThat(none.state()).isNull();
        assertThat(none.eventCount()).isZero();
        assertThat(negotiating().facts().state()).isEqualTo(ComplaintState.NEGOTIATING);
    }
}
