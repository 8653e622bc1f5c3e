package org.marketplace.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.marketplace.complaints.e2e.support.Marketplace.expect;
import static org.marketplace.complaints.e2e.support.Marketplace.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marketplace.complaints.e2e.support.Answer;
import org.marketplace.complaints.e2e.support.Marketplace;
import org.marketplace.complaints.e2e.support.RunningSystem;

/**
 * A ruling looked at again (复核). The seller contests arbiter-1's ruling with new evidence; the case goes back to
 * the queue, where arbiter-1 may not take it; arbiter-2 takes and revises it, the revision is final and the one
 * reconsideration is used. And a ruling nobody contests becomes final when its window passes (on the command
 * service with 5 s windows, RunningSystem.QUICK_WINDOW), after which a request comes too late.
 */
@ExtendWith(RunningSystem.class)
class ReconsiderationStoryTest {

    private static final Map<String, Object> A_PARTIAL_REVISION = Map.of("uphold", false,
            "outcome", "PARTIALLY_FAVOURED", "remedy", Map.of("type", "PARTIAL_REFUND", "amountFen", 6450),
            "rationale", "签收记录显示杯子签收时完好，但卖家包装不足，各担一半");

    private final Marketplace market = Marketplace.of(RunningSystem.get());

    @Test
    void theSellersReconsideration_isRevisedByASecondArbitratorFromTheQueue_andTheRevisionIsFinal() {
        String id = market.takenBy("arbiter-1");
        market.ruled(id, "arbiter-1");

        expect(202, market.requestReconsideration("seller-1", id));
        assertThat(refusal(market.command("arbiter-1", path(id, "/assignment"), Map.of())))
                .isEqualTo("RULING_ARBITRATOR_MAY_NOT_RECONSIDER");
        // the queue offers the take to the second arbitrator only: the rules behind both answers are the same
        JsonNode entry = market.queueEntry("arbiter-2", id, "kind=RECONSIDERATION");
        assertThat(entry).as("the reconsideration in the queue").isNotNull();
        assertThat(entry.path("assignee").isNull()).isTrue();
        assertThat(entry.path("availableActions").toString()).contains("\"TAKE\"");
        assertThat(market.queueEntry("arbiter-1", id, "kind=RECONSIDERATION").path("availableActions").toString())
                .doesNotContain("\"TAKE\"");
        market.assigned(id, "arbiter-2");
        expect(200, market.command("arbiter-2", path(id, "/reconsideration/decision"), A_PARTIAL_REVISION));

        JsonNode events = market.auditedEvents(id);
        assertThat(types(events)).endsWith("ComplaintRuled", "ReconsiderationRequested", "ArbitratorAssigned",
                "RulingRevised", "RulingBecameFinal");
        assertThat(last(events, "ReconsiderationRequested").path("actor").asText()).isEqualTo("SELLER:seller-1");
        JsonNode revised = last(events, "RulingRevised");
        assertThat(revised.path("actor").asText()).isEqualTo("ARBITRATOR:arbiter-2");
        assertThat(revised.path("payload").path("outcome").asText()).isEqualTo("PARTIALLY_FAVOURED");
        // final by the decision, not by a deadline
        assertThat(deadlineOf(last(events, "RulingBecameFinal"))).isNull();
        assertThat(refusal(market.requestReconsideration("buyer-1", id))).isEqualTo("RECONSIDERATION_ALREADY_USED");
    }

    @Test
    void aRulingNobodyContests_becomesFinalWhenItsWindowPasses_andALateRequestIsRefused() throws Exception {
        Marketplace quick = new Marketplace(RunningSystem.get().quickWindowsCommandUrl(), RunningSystem.get().queryUrl());
        String id = quick.takenBy("arbiter-1");
        quick.ruled(id, "arbiter-1");

        // the deadline fires on its own: no command answer tells its position, so the history is read until it shows
        JsonNode becameFinal = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> last(quick.auditedEvents(id), "RulingBecameFinal"), found -> found != null);

        assertThat(deadlineOf(becameFinal)).isEqualTo("RECONSIDERATION");
        assertThat(becameFinal.path("actor").asText()).isEqualTo("SYSTEM:deadline");
        assertThat(refusal(quick.requestReconsideration("buyer-1", id))).isEqualTo("RECONSIDERATION_WINDOW_CLOSED");
    }

    /**
     * The query service's detail of a revised ruling: the ruling in force is the revision, and final. Kept apart from
     * the story, which asserts on the command answers and the audit history only, so that it can be read (and run) on
     * its own while the detail's reconsideration view is being built.
     */
    @Test
    void theComplaintsDetail_showsTheRevisedRulingAsFinal_withTheReconsiderationsDecision() {
        String id = market.takenBy("arbiter-1");
        market.ruled(id, "arbiter-1");
        expect(202, market.requestReconsideration("seller-1", id));
        market.assigned(id, "arbiter-2");
        expect(200, market.command("arbiter-2", path(id, "/reconsideration/decision"), A_PARTIAL_REVISION));

        JsonNode detail = expect(200, market.query("buyer-1", "/api/complaints/" + id)).json();

        assertThat(detail.path("ruling").path("final").asBoolean()).as("ruling.final in %s", detail).isTrue();
        assertThat(detail.path("ruling").path("revised").asBoolean()).as("ruling.revised in %s", detail).isTrue();
        assertThat(detail.path("ruling").path("outcome").asText()).isEqualTo("PARTIALLY_FAVOURED");
        JsonNode decision = detail.path("reconsideration").path("decision");
        assertThat(decision.path("upheld").isBoolean()).as("reconsideration.decision in %s", detail).isTrue();
        assertThat(decision.path("upheld").asBoolean()).isFalse();
    }

    private static String refusal(Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(409);
        return answer.text("code");
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.path("type").asText()));
        return types;
    }

    /** The complaint's last audited event of that type, or null. */
    private static JsonNode last(JsonNode events, String type) {
        JsonNode found = null;
        for (JsonNode event : events) {
            if (type.equals(event.path("type").asText())) {
                found = event;
            }
        }
        return found;
    }

    /** The deadline a RulingBecameFinal names, or null (decided): absent or null in the payload. */
    private static String deadlineOf(JsonNode becameFinal) {
        JsonNode deadline = becameFinal.path("payload").path("deadline");
        return deadline.isMissingNode() || deadline.isNull() ? null : deadline.asText();
    }
}
