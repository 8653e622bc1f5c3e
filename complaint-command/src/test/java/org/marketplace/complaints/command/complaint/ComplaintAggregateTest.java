package org.marketplace.complaints.command.complaint;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;

import java.time.Duration;
import java.time.Instant;

import static org.marketplace.complaints.api.InterventionReason.REQUESTED_BY_BUYER;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.ARBITER_1;

/**
 * A fresh fixture per test. Commands are requested at the fixture's clock ({@code now}); the given
 * histories happened in the hour before, so deadlines the commands schedule are relative to now.
 */
abstract class ComplaintAggregateTest {

    final AggregateTestFixture<Complaint> fixture = newFixture();
    final Instant now = fixture.currentTime();
    final ComplaintCommands commands = ComplaintCommands.at(now);

    TestExecutor<Complaint> given(ComplaintScenario scenario) {
        return fixture.given(scenario.events());
    }

    /** For dynamic tests, which share one test instance: a fixture of their own, on the same clock. */
    TestExecutor<Complaint> givenOnAFreshFixture(ComplaintScenario scenario) {
        return newFixture().givenCurrentTime(now).andGiven(scenario.events());
    }

    /** The handlers take the deadline records as a resource, as the service injects its Spring bean. */
    private static AggregateTestFixture<Complaint> newFixture() {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(new RecordedDeadlines());
        return fixture;
    }

    ComplaintScenario aFiledComplaint() {
        return ComplaintScenario.aFiledComplaint(now.minus(Duration.ofHours(1)));
    }

    ComplaintScenario aNegotiatingComplaint() {
        return aFiledComplaint().respondedBySeller();
    }

    ComplaintScenario anIntervenedComplaint() {
        return aNegotiatingComplaint().intervened(REQUESTED_BY_BUYER);
    }

    ComplaintScenario anAssignedComplaint() {
        return anIntervenedComplaint().assignedTo(ARBITER_1);
    }

    ComplaintScenario aRuledComplaint() {
        return anAssignedComplaint().ruledBy(ARBITER_1);
    }
}
