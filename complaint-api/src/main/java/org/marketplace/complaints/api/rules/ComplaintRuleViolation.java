package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;

/** A rule of the lifecycle refused a step; carries the rule's code and the complaint's state. */
public class ComplaintRuleViolation extends RuntimeException {

    private final RuleCode code;
    private final ComplaintState state;
    private final ComplaintId complaintId;

    public ComplaintRuleViolation(RuleCode code, String message, ComplaintState state, ComplaintId complaintId) {
        super(message);
        this.code = code;
        this.state = state;
        this.complaintId = complaintId;
    }

    public RuleCode code() {
        return code;
    }

    public ComplaintState state() {
        return state;
    }

    public ComplaintId complaintId() {
        return complaintId;
    }
}
