package org.marketplace.complaints.api.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The three available-actions tables together name every situation × caller exactly once. */
class ActionTablesCoverageTest {

    @Test
    void actionTables_coverEverySituationForEveryCaller_once() {
        List<String> covered = Stream.of(AvailableActionsBeforeInterventionTest.table(),
                        AvailableActionsDuringArbitrationTest.table(), AvailableActionsAfterClosingTest.table())
                .flatMap(table -> table)
                .map(Arguments::get)
                .map(row -> row[0] + "/" + row[1])
                .toList();

        List<String> everyCombination = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            for (Caller caller : Caller.values()) {
                everyCombination.add(situation + "/" + caller);
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(everyCombination);
    }
}
