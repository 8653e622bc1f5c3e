package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.EvidenceParty;
import org.marketplace.complaints.api.EvidenceRequestId;
import org.marketplace.complaints.api.Role;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** The arbitrator's evidence request, with the parties that have not answered yet. */
public record OpenEvidenceRequest(EvidenceRequestId requestId, EvidenceParty from, Instant dueBy, Set<Role> awaiting) {

    public OpenEvidenceRequest {
        awaiting = Set.copyOf(awaiting);
    }

    public static OpenEvidenceRequest of(EvidenceRequestId requestId, EvidenceParty from, Instant dueBy) {
        Set<Role> awaiting = switch (from) {
            case BUYER -> EnumSet.of(Role.BUYER);
            case SELLER -> EnumSet.of(Role.SELLER);
            case BOTH -> EnumSet.of(Role.BUYER, Role.SELLER);
        };
        return new OpenEvidenceRequest(requestId, from, dueBy, awaiting);
    }

    public OpenEvidenceRequest answeredBy(Role party) {
        Set<Role> left = awaiting.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(awaiting);
        left.remove(party);
        return new OpenEvidenceRequest(requestId, from, dueBy, left);
    }
}
