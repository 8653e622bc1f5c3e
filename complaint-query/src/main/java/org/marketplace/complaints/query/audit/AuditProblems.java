package org.marketplace.complaints.query.audit;

import org.marketplace.complaints.api.rules.RuleCode;
import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

@Component
class AuditProblems implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable failure) {
        return failure instanceof AuditNotFoundException
                ? Problems.of(HttpStatus.NOT_FOUND, RuleCode.COMPLAINT_NOT_FOUND.name(), failure.getMessage())
                : null;
    }
}
