package org.marketplace.complaints.api;

/** One piece of evidence: a photo, chat log, logistics record… referenced by URI or stored-file id. */
public record EvidenceItem(EvidenceKind kind, String reference, String description) {

    public static final int MAX_REFERENCE = 2_000;
    public static final int MAX_DESCRIPTION = 2_000;
    /** The most evidence items one step (a filing, a response, added evidence, a withdrawal) carries. */
    public static final int MAX_PER_STEP = 20;

    public EvidenceItem {
        Text.required(kind, "kind");
        reference = Text.require(reference, "reference", MAX_REFERENCE);
        description = Text.optional(description, "description", MAX_DESCRIPTION);
    }
}
