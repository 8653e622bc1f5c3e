package org.marketplace.complaints.api.command;

import org.marketplace.complaints.api.EvidenceItem;
import org.marketplace.complaints.api.EvidenceReference;
import org.marketplace.complaints.api.Text;

import java.util.List;

/**
 * Bounds on the evidence lists that commands carry. The reference rule is checked here, on the way in, and
 * not in EvidenceItem: events stored before the rule must still read back.
 */
final class Evidence {

    static final int MAX_ITEMS = EvidenceItem.MAX_PER_STEP;

    private Evidence() {
    }

    static List<EvidenceItem> atMost(List<EvidenceItem> items) {
        List<EvidenceItem> copy = Text.copyOf(items, "evidence");
        if (copy.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("at most " + MAX_ITEMS + " evidence items per request");
        }
        for (int i = 0; i < copy.size(); i++) {
            EvidenceReference.require(copy.get(i).reference(), "evidence[" + i + "].reference");
        }
        return copy;
    }

    /** The seed: evidence is required; without it a complaint fails. */
    static List<EvidenceItem> atLeastOne(List<EvidenceItem> items) {
        List<EvidenceItem> copy = atMost(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one evidence item is required");
        }
        return copy;
    }
}
