package org.marketplace.complaints.platform.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.api.RemedyType;
import org.marketplace.complaints.api.RulingOutcome;
import org.marketplace.complaints.api.event.ComplaintRuled;

/** A ComplaintRuled stored as revision 1, before reconsideration existed, reads with the default window. */
class ComplaintRuledUpcasterTest {

    // the bytes revision 1 stored: no reconsiderationDueBy
    private static final String REVISION_1_PAYLOAD = """
            {"complaintId":"3996318e-0ab7-3132-ab5d-b864f84bc5d5","arbitratorId":"arbiter-1",\
            "outcome":"BUYER_FAVOURED","remedy":{"type":"FULL_REFUND","amountFen":12900},\
            "rationale":"商品确有质量问题","rulingOnVersion":4,"ruledAt":"2025-03-01T20:00:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new JacksonConfig().defaultAxonObjectMapper()).build();

    @Test
    void aRevision1Ruling_getsTheDefaultWindowFromItsRulingTime_andReadsAsRevision2() {
        ComplaintRuled ruled = upcastAndRead(stored(REVISION_1_PAYLOAD, "1"));

        assertThat(ruled.ruledAt()).isEqualTo(Instant.parse("2025-03-01T20:00:00Z"));
        assertThat(ruled.reconsiderationDueBy()).isEqualTo(Instant.parse("2025-03-01T20:00:00Z").plus(Duration.ofDays(7)));
        assertThat(ruled.outcome()).isEqualTo(RulingOutcome.BUYER_FAVOURED);
        assertThat(ruled.remedy().type()).isEqualTo(RemedyType.FULL_REFUND);
        assertThat(ruled.rationale()).isEqualTo("商品确有质量问题");
    }

    @Test
    void aRevision2Ruling_keepsItsOwnWindow() {
        String payload = REVISION_1_PAYLOAD.substring(0, REVISION_1_PAYLOAD.length() - 1)
                + ",\"reconsiderationDueBy\":\"2025-03-04T20:00:00Z\"}";

        ComplaintRuled ruled = upcastAndRead(stored(payload, "2"));

        assertThat(ruled.reconsiderationDueBy()).isEqualTo(Instant.parse("2025-03-04T20:00:00Z"));
    }

    private ComplaintRuled upcastAndRead(GenericDomainEventEntry<byte[]> entry) {
        Stream<IntermediateEventRepresentation> upcast = new ComplaintRuledUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)));
        List<IntermediateEventRepresentation> events = upcast.toList();
        assertThat(events).hasSize(1);
        SerializedObject<?> data = events.get(0).getData();
        assertThat(data.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(data);
    }

    private static GenericDomainEventEntry<byte[]> stored(String payload, String revision) {
        return new GenericDomainEventEntry<>("Complaint", "3996318e-0ab7-3132-ab5d-b864f84bc5d5", 5, "event-1",
                Instant.parse("2025-03-01T20:00:00Z"), ComplaintRuled.class.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }
}
