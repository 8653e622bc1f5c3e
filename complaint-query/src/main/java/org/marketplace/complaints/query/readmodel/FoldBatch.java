package org.marketplace.complaints.query.readmodel;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marketplace.complaints.api.rules.ComplaintFacts;

/**
 * The facts of the complaints one batch of events touches, in one facts table: each read once, every event of
 * the batch folded in memory, each changed row written once when the batch commits (FoldedFacts). Its events
 * come from one segment, whose sequencing keeps each complaint on one thread, so a batch is used by one thread.
 */
final class FoldBatch {

    /**
     * A complaint as the batch knows it: whether its row is stored, the last sequence folded in, and its facts:
     * either folded in this batch ({@code facts}), or the stored row as read ({@code row}), whose JSON is read only
     * by the complaint's own event, so that an unreadable row fails that event alone, not the batch.
     */
    record Entry(boolean stored, long lastSequence, ComplaintFacts facts, FoldedFacts.Row row) {

        static final Entry NONE = new Entry(false, -1, ComplaintFacts.none(), null);

        static Entry of(FoldedFacts.Row row) {
            return new Entry(true, row.lastSequence(), null, row);
        }

        /** Folded in already: stored so, or earlier in this batch (an event delivered twice before a commit). */
        boolean holds(long sequence) {
            return sequence <= lastSequence;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();

    Entry get(String complaintId, Function<String, Entry> load) {
        return entries.computeIfAbsent(complaintId, load);
    }

    void known(String complaintId, Entry entry) {
        entries.putIfAbsent(complaintId, entry);
    }

    /** The complaint folded to {@code next}; undone with the handler (HandlerUndo) if the handler fails. */
    void put(String complaintId, Entry next) {
        Entry before = entries.put(complaintId, next);
        boolean wasChanged = !changed.add(complaintId);
        HandlerUndo.record(() -> {
            entries.put(complaintId, before);
            if (!wasChanged) {
                changed.remove(complaintId);
            }
        });
    }

    /** The changed complaints' entries, in the order they were first changed; the batch is empty afterwards. */
    Map<String, Entry> drainChanged() {
        Map<String, Entry> out = new java.util.LinkedHashMap<>();
        changed.forEach(id -> out.put(id, entries.get(id)));
        changed.clear();
        return out;
    }
}
