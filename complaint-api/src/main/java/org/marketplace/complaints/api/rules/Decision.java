package org.marketplace.complaints.api.rules;

import org.marketplace.complaints.api.WithdrawalMode;

/** The rules' answer to one step: allowed (with the withdrawal mode, for a withdrawal) or refused with a code. */
public record Decision(RuleCode refusal, WithdrawalMode mode, String reason) {

    static final Decision ALLOWED = new Decision(null, null, null);

    static Decision allowed(WithdrawalMode mode) {
        return new Decision(null, mode, null);
    }

    static Decision refused(RuleCode code, String reason) {
        return new Decision(code, null, reason);
    }

    public boolean isAllowed() {
        return refusal == null;
    }

    /** Throws the refusal as a domain exception; the aggregate's guard clauses call this first. */
    public Decision orThrow(ComplaintFacts facts) {
        if (refusal != null) {
            throw new ComplaintRuleViolation(refusal, reason, facts.state(), facts.complaintId());
        }
        return this;
    }
}
