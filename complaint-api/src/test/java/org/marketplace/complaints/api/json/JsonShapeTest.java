package org.marketplace.complaints.api.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.*;
import org.marketplace.complaints.api.event.ComplaintFiled;
import org.marketplace.complaints.api.fixtures.SampleMessages;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What an auditor reads in the stored JSON: ids as plain strings, Chinese text exactly as written. */
class JsonShapeTest {

    private static final Set<Class<?>> ID_TYPES = Set.of(ComplaintId.class, BuyerId.class, SellerId.class, OrderId.class,
            ArbitratorId.class, OfferId.class, WithdrawalRequestId.class, EvidenceRequestId.class);
    private static final ObjectMapper MAPPER = AxonLikeObjectMappers.springBootLike();

    static Stream<Named<Object>> messages() {
        return MessageRoundTripTest.namedMessages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void everyId_isStoredAsAPlainString(Object message) throws Exception {
        JsonNode json = MAPPER.valueToTree(message);

        for (RecordComponent component : message.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(message);
            if (value != null && ID_TYPES.contains(component.getType())) {
                assertThat(json.get(component.getName()).isTextual()).as(component.getName()).isTrue();
                assertThat(json.get(component.getName()).asText()).isEqualTo(value.toString());
            }
        }
    }

    /** Characters outside the BMP may be written as \\u surrogate escapes: valid JSON that reads back the same. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void chineseText_isStoredAndReadBackExactly(Object message) throws Exception {
        byte[] bytes = MAPPER.writeValueAsBytes(message);
        JsonNode json = MAPPER.readTree(bytes);

        for (RecordComponent component : message.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(message);
            if (value instanceof String text) {
                assertThat(json.get(component.getName()).asText()).as(component.getName()).isEqualTo(text);
            }
        }
        assertThat(MAPPER.readValue(bytes, message.getClass())).isEqualTo(message);
    }

    @Test
    void chineseText_isStoredReadably_asUtf8_notEscaped() throws Exception {
        String json = new String(MAPPER.writeValueAsBytes(SampleMessages.events().get(0)), StandardCharsets.UTF_8);

        assertThat(json).contains("买家在撤销投诉后，不能再次发起同样的投诉。");
    }

    @Test
    void aFiledComplaint_readsAsTheContractSaysAnAuditorSeesIt() throws Exception {
        ComplaintFiled filed = (ComplaintFiled) SampleMessages.events().get(0);
        JsonNode json = MAPPER.valueToTree(filed);

        assertThat(json.get("complaintId").asText()).isEqualTo(SampleMessages.ID.value());
        assertThat(json.get("buyerId").asText()).isEqualTo("buyer-1");
        assertThat(json.get("category").asText()).isEqualTo("QUALITY_PROBLEM");
        assertThat(json.get("description").asText()).isEqualTo(SampleMessages.CHINESE);
        assertThat(json.get("filedAt").asText()).isEqualTo("2025-03-01T08:00:00.123456789Z");
        assertThat(json.get("evidence").get(0).get("kind").asText()).isEqualTo("PHOTO");
    }
}
