package org.marketplace.complaints.command.web;

import org.marketplace.complaints.platform.web.InvalidField;
import org.marketplace.complaints.platform.web.Problems;
import java.util.List;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A refused rule of the lifecycle as a problem: its status follows the rule's code (api.md, "Errors"). */
final class RuleProblems {

    private RuleProblems() {
    }

    static ProblemDetail of(ComplaintRuleViolation violation) {
        RuleCode code = violation.code();
        ProblemDetail problem = Problems.of(statusOf(code), code.name(), violation.getMessage());
        // a stranger to the complaint learns nothing about it, not even its state (api.md, "Who is calling")
        if (violation.state() != null && code != RuleCode.NOT_A_PARTY) {
            problem.setProperty("state", violation.state());
        }
        if (code == RuleCode.COMPLAINT_ALREADY_OPEN && violation.complaintId() != null) {
            problem.setProperty("complaintId", violation.complaintId().toString());
        }
        if (code == RuleCode.SETTLEMENT_TERMS_REQUIRED) {
            problem.setProperty(Problems.ERRORS, List.of(new InvalidField("note", violation.getMessage())));
        }
        if (code == RuleCode.NEW_EVIDENCE_REQUIRED) {
            problem.setProperty(Problems.ERRORS, List.of(new InvalidField("evidence", violation.getMessage())));
        }
        return problem;
    }

    static HttpStatus statusOf(RuleCode code) {
        return switch (code) {
            case NOT_A_PARTY, ROLE_NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case COMPLAINT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            // missing input that only the complaint's history makes necessary: still the caller's to fix
            case SETTLEMENT_TERMS_REQUIRED, NEW_EVIDENCE_REQUIRED -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
    }
}
