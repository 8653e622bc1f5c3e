package org.marketplace.complaints.command.complaint;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.marketplace.complaints.api.ComplaintId;
import org.marketplace.complaints.api.ComplaintState;
import org.marketplace.complaints.api.rules.ComplaintRuleViolation;
import org.marketplace.complaints.api.rules.RuleCode;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;

/** Matches the domain exception by the rule's code, which clients key on, rather than by its message. */
final class RuleViolations {

    private RuleViolations() {
    }

    static Matcher<ComplaintRuleViolation> violates(RuleCode code) {
        return new FeatureMatcher<>(equalTo(code), "a ComplaintRuleViolation with code", "code") {
            @Override
            protected RuleCode featureValueOf(ComplaintRuleViolation actual) {
                return actual.code();
            }
        };
    }

    /** The code, and the state and id that the HTTP answer reports (409 names the open complaint and its state). */
    static Matcher<ComplaintRuleViolation> violates(RuleCode code, ComplaintState state, ComplaintId complaintId) {
        return allOf(violates(code),
                new FeatureMatcher<ComplaintRuleViolation, ComplaintState>(equalTo(state), "in state", "state") {
                    @Override
                    protected ComplaintState featureValueOf(ComplaintRuleViolation actual) {
                        return actual.state();
                    }
                },
                new FeatureMatcher<ComplaintRuleViolation, ComplaintId>(equalTo(complaintId), "naming", "complaintId") {
                    @Override
                    protected ComplaintId featureValueOf(ComplaintRuleViolation actual) {
                        return actual.complaintId();
                    }
                });
    }
}
