package org.marketplace.complaints.command.filing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.OrderId;
import org.marketplace.complaints.api.command.FileComplaint;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints filed before order ids had one canonical form, under a spelling that is not canonical
 * ("ORDER-1 "): their ids derive from that spelling, so a filing of "order-1" would land on a fresh complaint
 * and dodge their history. This finds them by canonical key, so the filing goes onto the earlier complaint
 * instead and its history decides (docs/order-ids.md).
 * <p>
 * Read from the event store once, on first use: no filing since the canonical form can add to the set, because
 * every new order id is canonical. {@link #reload()} reads it again (after events were imported).
 */
@Component
public class EarlierSpellings {

    /** Rows the driver fetches at a time: the store may hold millions of filings, never all in memory. */
    private static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Map<String, ComplaintId> byKey;

    EarlierSpellings(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The earlier complaint that this filing's canonical key names under another spelling, if any. */
    public Optional<ComplaintId> of(FileComplaint filing) {
        Map<String, ComplaintId> known = byKey;
        if (known == null) {
            known = reload();
        }
        return Optional.ofNullable(known.get(key(filing.buyerId().value(), filing.orderId().value(),
                filing.category().name())));
    }

    public synchronized Map<String, ComplaintId> reload() {
        Map<String, ComplaintId> found = new HashMap<>();
        // row by row, inside a transaction: PostgreSQL's driver streams with a fetch size only there (otherwise
        // it reads the whole result first); only the few non-canonical spellings are kept
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT payload FROM DomainEventEntry WHERE payloadType = ? ORDER BY globalIndex",
                (RowCallbackHandler) row -> remember(row.getBytes(1), found), ComplaintFiled.class.getName()));
        byKey = Map.copyOf(found);
        return byKey;
    }

    // the first complaint of a key wins: with two legacy spellings of one order, the older one decides
    private void remember(byte[] payload, Map<String, ComplaintId> found) {
        try {
            JsonNode filed = json.readTree(payload);
            OrderId order = new OrderId(filed.path("orderId").asText());
            if (order.isCanonical()) {
                return;
            }
            canonical(order.value()).ifPresent(canonical -> found.putIfAbsent(
                    key(filed.path("buyerId").asText(), canonical, filed.path("category").asText()),
                    new ComplaintId(filed.path("complaintId").asText())));
        } catch (IOException | IllegalArgumentException unreadable) {
            // not a filing we can read: it names no key a new filing could have
        }
    }

    /** A spelling with characters the canonical form refuses can never collide with a new filing. */
    private static Optional<String> canonical(String raw) {
        try {
            return Optional.of(OrderId.canonical(raw).value());
        } catch (IllegalArgumentException notCanonicalisable) {
            return Optional.empty();
        }
    }

    private static String key(String buyer, String order, String category) {
        return buyer + '\u0000' + order + '\u0000' + category;
    }
}
