package org.marketplace.complaints.query.audit;

import java.time.Instant;
import org.marketplace.complaints.platform.integrity.StoredEvent;
import java.util.List;
import java.util.function.Predicate;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.event.ComplaintRuled;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.springframework.stereotype.Component;

/** A complaint's stored history, read in order and replayed to any earlier point. */
@Component
class ComplaintHistory {

    private final StoredEvents store;
    private final EventReading reading;

    ComplaintHistory(StoredEvents store, EventReading reading) {
        this.store = store;
        this.reading = reading;
    }

    List<AuditedEvent> events(String complaintId) {
        return rows(complaintId).stream().map(reading::audited).toList();
    }

    /** The complaint at that instant: every event that had happened by then (stored at or before it). */
    ComplaintAtInstant at(String complaintId, Instant instant) {
        return replay(complaintId, instant, row -> !Instant.parse(row.timeStamp()).isAfter(instant));
    }

    /** What the arbitrator saw: the complaint at the stream version its ruling records. */
    ComplaintAtInstant asRuledOn(String complaintId) {
        ComplaintRuled ruling = rows(complaintId).stream().map(reading::event)
                .filter(ComplaintRuled.class::isInstance).map(ComplaintRuled.class::cast).findFirst()
                .orElseThrow(() -> new AuditNotFoundException("complaint " + complaintId + " has no ruling"));
        return replay(complaintId, ruling.ruledAt(), row -> row.sequenceNumber() <= ruling.rulingOnVersion());
    }

    private ComplaintAtInstant replay(String complaintId, Instant asOf, Predicate<StoredEvent> included) {
        ComplaintFacts facts = ComplaintFacts.none();
        long version = -1;
        for (StoredEvent row : rows(complaintId)) {
            if (!included.test(row)) {
                break;
            }
            ComplaintEvent event = reading.event(row);
            facts = facts.apply(event);
            version = row.sequenceNumber();
        }
        if (!facts.isFiled()) {
            throw new AuditNotFoundException("complaint " + complaintId + " did not exist at " + asOf);
        }
        return new ComplaintAtInstant(complaintId, asOf, version, facts);
    }

    private List<StoredEvent> rows(String complaintId) {
        List<StoredEvent> rows = store.ofComplaint(complaintId);
        if (rows.isEmpty()) {
            throw new AuditNotFoundException("no complaint " + complaintId);
        }
        return rows;
    }
}
