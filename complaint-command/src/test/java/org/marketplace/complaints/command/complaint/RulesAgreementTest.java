package org.marketplace.complaints.command.complaint;

import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marketplace.complaints.api.Action;
import org.marketplace.complaints.api.Actor;
import org.marketplace.complaints.api.WithdrawalReason;
import org.marketplace.complaints.api.rules.ComplaintFacts;
import org.marketplace.complaints.api.rules.ComplaintRules;
import org.marketplace.complaints.api.rules.Decision;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.marketplace.complaints.command.complaint.ComplaintTestData.COMPLAINT_ID;
import static org.marketplace.complaints.command.complaint.ComplaintTestData.EVERY_ACTOR;
import static org.marketplace.complaints.command.complaint.RuleViolations.violates;

/**
 * The read side shows what {@link ComplaintRules} allows; this proves the aggregate enforces exactly that:
 * for every state and sub-fact, every step, every caller (and every withdrawal reason), the aggregate
 * accepts the command exactly when the rule function allows it, and refuses it with the same code (and
 * the complaint's state and id, which the HTTP answer reports).
 * The commands carry valid input (a note, new evidence, the open offer's and pending request's ids), so
 * that only the complaint's history decides.
 */
class RulesAgreementTest extends ComplaintAggregateTest {

    @TestFactory
    Stream<DynamicNode> everyStep_byEveryCaller_inEveryState() {
        return ComplaintStates.every(aFiledComplaint()).stream().map(scenario -> DynamicContainer.dynamicContainer(
                scenario.toString(), Arrays.stream(Action.values()).flatMap(action -> EVERY_ACTOR.stream()
                        .map(actor -> step(scenario, action, actor)))));
    }

    @TestFactory
    Stream<DynamicNode> everyWithdrawalReason_byEveryCaller_inEveryState() {
        return ComplaintStates.every(aFiledComplaint()).stream().map(scenario -> DynamicContainer.dynamicContainer(
                scenario.toString(), Arrays.stream(WithdrawalReason.values()).flatMap(reason -> EVERY_ACTOR.stream()
                        .map(actor -> withdrawal(scenario, reason, actor)))));
    }

    @TestFactory
    Stream<DynamicNode> filing_inEveryState() {
        return ComplaintStates.every(aFiledComplaint()).stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.toString(), () -> expectAgreement(scenario, commands.file(),
                        ComplaintRules.filing(scenario.facts()))));
    }

    private DynamicTest step(ComplaintScenario scenario, Action action, Actor actor) {
        ComplaintFacts facts = ComplaintFacts.replay(scenario.events());
        Decision decision = ComplaintRules.decide(facts, actor, action);
        Object command = action == Action.WITHDRAW
                ? commands.withdraw(actor, reasonFor(facts, actor, decision))
                : commands.forAction(action, actor);
        return DynamicTest.dynamicTest(name(action.name(), actor, decision),
                () -> expectAgreement(scenario, command, decision));
    }

    private DynamicTest withdrawal(ComplaintScenario scenario, WithdrawalReason reason, Actor actor) {
        Decision decision = ComplaintRules.withdrawal(ComplaintFacts.replay(scenario.events()), actor, reason);
        return DynamicTest.dynamicTest(name("WITHDRAW " + reason, actor, decision),
                () -> expectAgreement(scenario, commands.withdraw(actor, reason), decision));
    }

    /**
     * WITHDRAW is open when some reason is: send one that the rules allow; when none is, the rules report
     * the refusal of SETTLED (the reason open in most states), so send that one.
     */
    private static WithdrawalReason reasonFor(ComplaintFacts facts, Actor actor, Decision decision) {
        return !decision.isAllowed() ? WithdrawalReason.SETTLED : Arrays.stream(WithdrawalReason.values())
                .filter(reason -> ComplaintRules.withdrawal(facts, actor, reason).isAllowed())
                .findFirst().orElseThrow(() -> new AssertionError("WITHDRAW allowed but no reason is"));
    }

    private void expectAgreement(ComplaintScenario scenario, Object command, Decision decision) {
        ResultValidator<Complaint> result = givenOnAFreshFixture(scenario).when(command);
        if (decision.isAllowed()) {
            result.expectSuccessfulHandlerExecution();
        } else {
            result.expectNoEvents()
                    .expectException(violates(decision.refusal(), scenario.facts().state(), COMPLAINT_ID));
        }
    }

    private static String name(String step, Actor actor, Decision decision) {
        return step + " by " + actor + " → " + (decision.isAllowed() ? "allowed" : decision.refusal());
    }
}
