package org.marketplace.complaints.query.readmodel.tables;

/**
 * One of the two physical copies of a read model's tables (V4/V5 and their *_shadow twins of V12/V13), each fed
 * by its own event processor. Queries read the active one, whose processor runs live; a rebuild replays the
 * other's processor from the first event and then makes it the active one (read_model_tables).
 */
public enum TableSet {

    PRIMARY(""),
    SHADOW("_shadow");

    private final String suffix;

    TableSet(String suffix) {
        this.suffix = suffix;
    }

    /** The physical name of {@code table} (a constant of a projection, never request input) in this set. */
    public String table(String table) {
        return table + suffix;
    }

    /**
     * The event processor that feeds this set of {@code readModel}'s tables: the primary set's keeps the read
     * model's own name (so its tokens from before there were two processors stay its own), the shadow set's
     * adds "-shadow".
     */
    public String processor(String readModel) {
        return this == PRIMARY ? readModel : readModel + "-shadow";
    }

    public TableSet other() {
        return this == PRIMARY ? SHADOW : PRIMARY;
    }
}
