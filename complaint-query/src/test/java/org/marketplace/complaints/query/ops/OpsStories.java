package org.marketplace.complaints.query.ops;

import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.query.detail.ComplaintStory.FILED_AT;
import static org.marketplace.complaints.query.detail.ComplaintStory.aFiledComplaint;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.marketplace.complaints.api.ComplaintCategory;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.query.detail.ComplaintSteps;
import org.springframework.jdbc.core.JdbcTemplate;

/** Complaints stored as the command side stores them, and what a read model's table holds of them. */
public final class OpsStories {

    private final EventStore store;
    private final JdbcTemplate jdbc;

    public OpsStories(EventStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** A complaint of its own (the tests of a context share one event store) with a few steps: 5 events. */
    public static ComplaintSteps aNegotiatedComplaint() {
        return aFiledComplaint("order-" + UUID.randomUUID(), ComplaintCategory.OTHER, FILED_AT)
                .settlementOffered(OfferType.PARTIAL_REFUND, 5_000L).offerDeclined().intervened(REQUESTED_BY_BUYER);
    }

    public void store(List<? extends DomainEventMessage<?>> events) {
        store.publish(events);
    }

    public void store(ComplaintSteps complaint) {
        store(complaint.messages());
    }

    /** The sequence number of the last event {@code table} applied for the complaint; -1 without a row. */
    public long lastSequence(String table, ComplaintSteps complaint) {
        return jdbc.queryForList("SELECT last_sequence FROM " + table + " WHERE complaint_id = ?", Long.class,
                complaint.id().value()).stream().findFirst().orElse(-1L);
    }

    public long lastStoredSequence(ComplaintSteps complaint) {
        return complaint.messages().size() - 1;
    }
}
