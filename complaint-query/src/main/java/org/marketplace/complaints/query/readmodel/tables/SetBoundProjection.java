package org.marketplace.complaints.query.readmodel.tables;

/**
 * A read model's event handlers, bound to the table set they write ({@code T}: its stores over one set). The Spring
 * bean writes the primary set in the read model's own processor; its twin for the shadow set runs in the shadow
 * processor (ShadowProjections). Both share the stores of both sets.
 */
public abstract class SetBoundProjection<T> {

    private final PerTableSet<T> sets;
    private final TableSet writes;

    protected SetBoundProjection(PerTableSet<T> sets, TableSet writes) {
        this.sets = sets;
        this.writes = writes;
    }

    /** The read model's name: its processing group and its row in read_model_tables. */
    public final String readModel() {
        return sets.readModel();
    }

    /** The table set these handlers write. */
    public final TableSet writes() {
        return writes;
    }

    /** The same handlers writing {@code set}'s tables. */
    public abstract SetBoundProjection<T> into(TableSet set);

    /** Empties the tables this one writes: a rebuild starts from nothing. */
    public abstract void clear();

    /** The stores of both sets: a twin shares them, queries read the active one. */
    protected final PerTableSet<T> sets() {
        return sets;
    }

    /** The stores these handlers write. */
    protected final T written() {
        return sets.in(writes);
    }
}
