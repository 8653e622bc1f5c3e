package org.marketplace.complaints.platform.arrivals;

/**
 * How the command service tells the query service that new events are in the store, on PostgreSQL: a
 * notification on this channel after each commit that appended events (LISTEN/NOTIFY). The query service then
 * reads the store at once instead of at its next poll; the poll stays, for a missed notification and for H2,
 * which has no notifications. The notification carries nothing: the events are read from the store, as always.
 */
public final class EventArrivals {

    public static final String CHANNEL = "complaint_events";

    private EventArrivals() {
    }
}
