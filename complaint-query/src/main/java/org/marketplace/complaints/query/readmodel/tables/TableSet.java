package org.marketplace.complaints.query.readmodel.tables;

/**
 * One of the two physical copies of a read model's tables (V4/V5 and their *_shadow twins of V12/V13). Queries
 * read the active one; a rebuild fills the other and then makes it the active one (read_model_tables).
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

    public TableSet other() {
        return this == PRIMARY ? SHADOW : PRIMARY;
    }
}
