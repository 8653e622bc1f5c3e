package org.marketplace.complaints.query.readmodel.tables;

/**
 * A read model's event handlers, bound to the table set they write. The Spring bean writes the primary set in
 * the read model's own processor; its twin for the shadow set runs in the shadow processor (ShadowProjections).
 */
public interface SetBoundProjection {

    /** The read model's name: its processing group and its row in read_model_tables. */
    String readModel();

    /** The table set these handlers write. */
    TableSet writes();

    /** The same handlers writing {@code set}'s tables. */
    SetBoundProjection into(TableSet set);

    /** Empties the tables this one writes: a rebuild starts from nothing. */
    void clear();
}
