package org.marketplace.complaints.query.detail;

import org.marketplace.complaints.query.readmodel.SqlTime;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.OfferId;
import org.marketplace.complaints.api.OfferType;
import org.marketplace.complaints.api.event.*;
import org.marketplace.complaints.api.view.OfferHistoryView;
import org.marketplace.complaints.api.view.OfferStatus;
import org.marketplace.complaints.query.readmodel.Reads;
import org.marketplace.complaints.query.readmodel.RowWrites;
import org.springframework.jdbc.core.JdbcTemplate;

/** complaint_offers: every settlement offer of a complaint and where it stands. */
class OfferRows {

    static final String TABLE = "complaint_offers";

    private final JdbcTemplate jdbc;
    private final RowWrites writes;
    private final String table;

    /**
     * {@code table}: {@link #TABLE} in one of the two table sets; {@code writes}: the set's, which writes at the
     * batch's commit (readmodel.RowWrites).
     */
    OfferRows(JdbcTemplate jdbc, RowWrites writes, String table) {
        this.jdbc = jdbc;
        this.writes = writes;
        this.table = table;
    }

    void recordFrom(ComplaintEvent event, long sequence) {
        String id = event.complaintId().value();
        if (event instanceof SettlementOffered e) {
            writes.update(id, "INSERT INTO " + table + " (complaint_id, offer_id, sequence, type, amount_fen, note, "
                            + "offered_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, e.offerId().value(), sequence,
                    e.terms().type().name(), e.terms().amountFen(), e.note(), SqlTime.of(e.offeredAt()),
                    OfferStatus.OPEN.name());
        } else if (event instanceof SettlementAccepted e) {
            answer(id, e.offerId(), OfferStatus.ACCEPTED, null, e.acceptedAt());
        } else if (event instanceof SettlementDeclined e) {
            answer(id, e.offerId(), OfferStatus.DECLINED, e.note(), e.declinedAt());
        } else if (event instanceof ComplaintWithdrawn || event instanceof ComplaintRuled) {
            // a closed complaint leaves no offer open (the facts drop it too)
            writes.update(id, "UPDATE " + table + " SET status = ? WHERE complaint_id = ? AND status = ?",
                    OfferStatus.LAPSED.name(), id, OfferStatus.OPEN.name());
        }
    }

    /** The buyer's answer; {@code declineNote}: why they declined, if they said. */
    private void answer(String complaintId, OfferId offerId, OfferStatus status, String declineNote, Instant at) {
        writes.update(complaintId, "UPDATE " + table + " SET status = ?, decline_note = ?, answered_at = ? "
                        + "WHERE complaint_id = ? AND offer_id = ?",
                status.name(), declineNote, SqlTime.of(at), complaintId, offerId.value());
    }

    Supplier<List<OfferHistoryView>> of(Reads reads, ComplaintId complaintId) {
        return reads.query("SELECT offer_id, type, amount_fen, note, offered_at, status, decline_note, answered_at FROM "
                        + table
                        + " WHERE complaint_id = ? ORDER BY sequence",
                (row, n) -> new OfferHistoryView(new OfferId(row.getString("offer_id")),
                        OfferType.valueOf(row.getString("type")), row.getObject("amount_fen", Long.class),
                        row.getString("note"), SqlTime.instant(row, "offered_at"),
                        OfferStatus.valueOf(row.getString("status")), row.getString("decline_note"),
                        SqlTime.instant(row, "answered_at")),
                complaintId.value());
    }

    void clear() {
        jdbc.update("DELETE FROM " + table);
    }
}
