package org.marketplace.complaints.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A query instance's operations API as operator-1 sees it: processors (GET /api/ops/processors) and the read
 * models against the event store (GET /api/ops/reconciliation). The per-instance view of a processor is
 * {@code thisInstance: {nodeId, claimedSegments, eventsHandled}}; an older service without it reports only its
 * own claims, as {@code segments.claimed}, which is read instead.
 */
public record Operations(ServiceProcess query) {

    /** Per processor: how many events this instance handled since it started. */
    public static final String EVENTS_HANDLED = "thisInstance.eventsHandled";

    public JsonNode processors() {
        return Marketplace.expect(200, new Api(query.baseUrl(), "operator-1").get("/api/ops/processors", null)).json();
    }

    /** Processor name → the segments this instance has claimed. */
    public Map<String, Integer> claimedSegments() {
        Map<String, Integer> claimed = new LinkedHashMap<>();
        for (JsonNode processor : processors()) {
            JsonNode here = processor.path("thisInstance").path("claimedSegments");
            claimed.put(processor.path("name").asText(),
                    here.isNumber() ? here.asInt() : processor.path("segments").path("claimed").asInt());
        }
        return claimed;
    }

    /** Processor name → all segments of it in the token store, whoever claims them. */
    public Map<String, Integer> totalSegments() {
        Map<String, Integer> total = new LinkedHashMap<>();
        for (JsonNode processor : processors()) {
            total.put(processor.path("name").asText(), processor.path("segments").path("total").asInt());
        }
        return total;
    }

    /** Processor name → events this instance handled; null where the field is not (yet) in the answer. */
    public Map<String, Long> eventsHandled() {
        Map<String, Long> handled = new LinkedHashMap<>();
        for (JsonNode processor : processors()) {
            JsonNode count = processor.path("thisInstance").path("eventsHandled");
            handled.put(processor.path("name").asText(), count.isNumber() ? count.asLong() : null);
        }
        return handled;
    }

    public JsonNode reconciliation() {
        return Marketplace.expect(200, new Api(query.baseUrl(), "operator-1").get("/api/ops/reconciliation", null)).json();
    }

    /**
     * Waits until every read model has passed the store's head of {@code atLeast} (or later) on every segment,
     * lacks no complaint and holds as many complaints as the store; the last reconciliation, or an assertion
     * error that shows it.
     */
    public JsonNode awaitComplete(long atLeast, Duration bound) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        await().atMost(bound).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode answer = reconciliation();
            last.set(answer);
            assertThat(answer).as("read models").hasSizeGreaterThanOrEqualTo(4);
            for (JsonNode model : answer) {
                assertThat(model.path("position").isNumber()).as("%s has a position: %s", model.path("readModel"), model).isTrue();
                assertThat(model.path("position").asLong()).as("%s position", model).isGreaterThanOrEqualTo(atLeast);
                assertThat(model.path("position").asLong()).as("%s passed the head", model)
                        .isGreaterThanOrEqualTo(model.path("head").asLong());
                assertThat(model.path("missingCount").asLong()).as("%s missing", model).isZero();
                assertThat(model.path("complaints").asLong()).as("%s holds every complaint", model)
                        .isEqualTo(model.path("storeComplaints").asLong());
            }
        });
        return last.get();
    }

    /**
     * The name this instance claims segments under in the token store: thisInstance.nodeId, or Axon's default
     * (pid@host) from a service that does not say.
     */
    public String nodeId() {
        for (JsonNode processor : processors()) {
            JsonNode nodeId = processor.path("thisInstance").path("nodeId");
            if (nodeId.isTextual()) {
                return nodeId.asText();
            }
        }
        return query.pid() + "@" + hostName();
    }

    private static String hostName() {
        String name = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
        return name.substring(name.indexOf('@') + 1);
    }
}
