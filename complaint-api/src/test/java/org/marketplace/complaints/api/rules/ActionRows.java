package org.marketplace.complaints.api.rules;

import org.junit.jupiter.params.provider.Arguments;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.fixtures.Caller;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.EnumSet;
import java.util.List;

/** One line of an available-actions table: in this situation, this caller may do exactly these. */
final class ActionRows {

    private ActionRows() {
    }

    static Arguments row(Situation situation, Caller caller, Action... expected) {
        EnumSet<Action> actions = EnumSet.noneOf(Action.class);
        actions.addAll(List.of(expected));
        return Arguments.of(situation, caller, actions);
    }
}
