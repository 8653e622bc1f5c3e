package org.marketplace.complaints.query.readmodel.tables;

import java.time.Instant;

/**
 * A read model's row of read_model_tables: which set its queries read, and whether a rebuild is filling the
 * other one from the first event, at least up to the event store's head when it started (target).
 */
public record TableSetState(String readModel, TableSet active, boolean rebuilding, Long targetPosition,
                            Instant startedAt, Instant switchedAt) {

    /** A read model without a row (a test's probe): its plain tables only, never rebuilt. */
    static TableSetState primaryOnly(String readModel) {
        return new TableSetState(readModel, TableSet.PRIMARY, false, null, null, null);
    }

    /** The set a rebuild fills: the one queries do not read. */
    public TableSet building() {
        return active.other();
    }

    /** The processor feeding the set queries read: the one read-your-writes waits for. */
    public String activeProcessor() {
        return active.processor(readModel);
    }

    /** The processor of the other set: replaying during a rebuild, idle otherwise. */
    public String buildingProcessor() {
        return building().processor(readModel);
    }
}
