package org.marketplace.complaints.command.web;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;
import org.marketplace.complaints.platform.web.ProblemTranslator;
import org.marketplace.complaints.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** What the aggregate and the event store refuse, as the problems of api.md ("Errors"). */
@Component
class CommandProblems implements ProblemTranslator {

    @Override
    public ProblemDetail translate(Throwable cause) {
        if (cause instanceof ComplaintRuleViolation violation) {
            return RuleProblems.of(violation);
        }
        if (cause instanceof AggregateNotFoundException) {
            return RuleProblems.notFound();
        }
        if (cause instanceof ConflictingAggregateVersionException) {
            return Problems.of(HttpStatus.CONFLICT, RuleCode.CONCURRENT_MODIFICATION.name(),
                    "the complaint changed since the version you saw (If-Match); look again and retry");
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return Problems.of(HttpStatus.CONFLICT, RuleCode.CONCURRENT_MODIFICATION.name(),
                    "the complaint was changed at the same time; retry");
        }
        return null;
    }
}
