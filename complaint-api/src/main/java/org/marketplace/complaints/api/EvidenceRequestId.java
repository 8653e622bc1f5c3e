package org.marketplace.complaints.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** One request of the arbitrator for more evidence. */
public record EvidenceRequestId(String value) {

    @JsonCreator
    public EvidenceRequestId {
        value = Text.requireId(value, "evidenceRequestId");
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
