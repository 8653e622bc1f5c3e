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
        if (code == RuleCode.NOT_A_PARTY || code == RuleCode.COMPLAINT_NOT_FOUND) {
            // A complaint id follows from buyer, order and category, so anyone can compute one: a 403 would tell
            // a stranger that the buyer complained. They get exactly what a complaint that does not exist gets.
            return notFound();
        }
        ProblemDetail problem = Problems.of(statusOf(code), code.name(), violation.getMessage());
        if (violation.state() != null) {
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

    /** The answer for a complaint the caller may not know of, whether it exists or not. */
    static ProblemDetail notFound() {
        return Problems.of(HttpStatus.NOT_FOUND, RuleCode.COMPLAINT_NOT_FOUND.name(), "no such complaint");
    }

    static HttpStatus statusOf(RuleCode code) {
        return switch (code) {
            case ROLE_NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_A_PARTY, COMPLAINT_NOT_FOUND -> HttpStatus.NOT_FOUND;
            // missing input that only the complaint's history makes necessary: still the caller's to fix
            case SETTLEMENT_TERMS_REQUIRED, NEW_EVIDENCE_REQUIRED -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.CONFLICT;
        };
    }
}
