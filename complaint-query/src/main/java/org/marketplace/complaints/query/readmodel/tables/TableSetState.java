package org.marketplace.complaints.query.readmodel.tables;

import java.time.Instant;

/**
 * A read model's row of read_model_tables: which set its queries read, and whether a rebuild is filling the
 * other one, up to which event store position (target) and from which frozen position of the active set.
 */
public record TableSetState(String readModel, TableSet active, boolean rebuilding, Long targetPosition,
                            Long frozenPosition, Instant startedAt, Instant switchedAt) {

    /** A read model without a row (a test's probe): its plain tables only, never rebuilt. */
    static TableSetState primaryOnly(String readModel) {
        return new TableSetState(readModel, TableSet.PRIMARY, false, null, null, null, null);
    }

    /**
     * Where the projection writes: during a rebuild the set being built, otherwise the active one. Either way it
     * is the set that is current after the rebuild, so the switch itself never changes where events go.
     */
    public TableSet building() {
        return rebuilding ? active.other() : active;
    }
}
