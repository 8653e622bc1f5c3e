package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.SqlTime;
import java.util.List;
import java.util.function.Supplier;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.EvidenceItem;
import org.marketplace.complaints.api.EvidenceKind;
import org.marketplace.complaints.api.Role;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.view.EvidenceView;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

/** complaint_evidence: every evidence item on file, from the filing, the seller's answer, later submissions,
 * withdrawal requests and the request to reconsider the ruling, in the order it came in. */
class EvidenceRows {

    static final String TABLE = "complaint_evidence";
    private static final String VIEW_COLUMNS = "kind, reference, description, submitted_by, submitted_at";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    EvidenceRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    /** {@code facts}: the complaint after the event, which names its parties. */
    void recordFrom(ComplaintEvent event, long sequence, ComplaintFacts facts) {
        if (event instanceof ComplaintFiled e) {
            insert(e, sequence, e.evidence(), Actor.buyer(e.buyerId()));
        } else if (event instanceof SellerResponded e) {
            insert(e, sequence, e.evidence(), Actor.seller(e.sellerId()));
        } else if (event instanceof EvidenceSubmitted e) {
            insert(e, sequence, e.evidence(), e.submittedBy());
        } else if (event instanceof WithdrawalRequested e) {
            insert(e, sequence, e.evidence(), Actor.buyer(facts.buyerId()));
        } else if (event instanceof ReconsiderationRequested e) {
            insert(e, sequence, e.evidence(), e.requestedBy());
        }
    }

    private void insert(ComplaintEvent event, long sequence, List<EvidenceItem> items, Actor by) {
        for (int position = 0; position < items.size(); position++) {
            EvidenceItem item = items.get(position);
            writes.update(event.complaintId().value(),
                    "INSERT INTO " + table + " (complaint_id, sequence, position, kind, reference, "
                            + "description, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    event.complaintId().value(), sequence, position, item.kind().name(), item.reference(),
                    item.description(), by.toString(), SqlTime.of(event.occurredAt()));
        }
    }

    /** What the complaint's evidence will be once {@code reads} has run: one read for every use below. */
    Supplier<OnFile> of(Reads reads, ComplaintId complaintId) {
        Supplier<List<Item>> items = reads.query("SELECT sequence, " + VIEW_COLUMNS + " FROM " + table
                + " WHERE complaint_id = ? ORDER BY sequence, position", (row, n) -> new Item(row.getLong("sequence"),
                new EvidenceView(EvidenceKind.valueOf(row.getString("kind")), row.getString("reference"),
                        row.getString("description"), actor(row.getString("submitted_by")),
                        SqlTime.instant(row, "submitted_at"))), complaintId.value());
        return () -> new OnFile(items.get());
    }

    /** An item and the sequence number of the event that brought it. */
    record Item(long sequence, EvidenceView view) {
    }

    /** A complaint's evidence, in the order it came in. */
    record OnFile(List<Item> items) {

        List<EvidenceView> all() {
            return items.stream().map(Item::view).toList();
        }

        /** The items one event brought, in order. */
        List<EvidenceView> broughtBy(long sequence) {
            return items.stream().filter(item -> item.sequence() == sequence).map(Item::view).toList();
        }

        /** The references of the items one event brought, in order. */
        List<String> referencesBroughtBy(long sequence) {
            return broughtBy(sequence).stream().map(EvidenceView::reference).toList();
        }
    }

    /** Stored as Actor.toString(), ROLE:id; the id may itself contain a colon. */
    private static Actor actor(String stored) {
        int colon = stored.indexOf(':');
        return new Actor(Role.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
