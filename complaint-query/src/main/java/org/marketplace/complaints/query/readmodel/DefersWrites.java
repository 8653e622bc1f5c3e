package org.marketplace.complaints.query.readmodel;

/**
 * A projection whose handlers, batch by batch, may leave every write to the batch's commit (RowWrites). While they
 * do, handling an event changes nothing in the database, so SavepointPerEvent takes no savepoint around it: two
 * round trips fewer per event. Asked per event, as the answer changes after a batch's writes failed.
 */
public interface DefersWrites {

    /** Whether the event being handled writes its rows only when its batch commits. */
    boolean defersWrites();
}
