package org.marketplace.complaints.api.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marketplace.complaints.api.event.ComplaintEvent;
import org.marketplace.complaints.api.fixtures.SampleMessages;
import org.marketplace.complaints.api.fixtures.Situation;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event and command survives Axon's Jackson serializer: it reads back as an equal record. */
class MessageRoundTripTest {

    static Stream<Object> messages() {
        return Stream.concat(SampleMessages.events().stream(), SampleMessages.commands().stream());
    }

    /** The messages, named by their type for readable test names. */
    static Stream<Named<Object>> namedMessages() {
        return messages().map(message -> Named.of(message.getClass().getSimpleName(), message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namedMessages")
    void aMessage_serializedAndRead_isEqualToTheOriginal(Object message) throws Exception {
        for (ObjectMapper mapper : AxonLikeObjectMappers.all()) {
            byte[] json = mapper.writeValueAsBytes(message);

            assertThat(mapper.readValue(json, message.getClass())).isEqualTo(message);
        }
    }

    @Test
    void everyEventOfEveryHistory_roundTrips() throws Exception {
        ObjectMapper mapper = AxonLikeObjectMappers.springBootLike();
        for (Situation situation : Situation.values()) {
            for (ComplaintEvent event : situation.history().events()) {
                assertThat(mapper.readValue(mapper.writeValueAsString(event), event.getClass()))
                        .as("%s in %s", event.getClass().getSimpleName(), situation).isEqualTo(event);
            }
        }
    }

    @Test
    void theSamples_coverEveryEventAndCommandOfThePublishedLanguage() throws Exception {
        var events = PublishedLanguage.recordsIn("org.marketplace.complaints.api.event");
        var commands = PublishedLanguage.recordsIn("org.marketplace.complaints.api.command");

        assertThat(events).hasSizeGreaterThanOrEqualTo(19);
        assertThat(commands).hasSizeGreaterThanOrEqualTo(14);
        assertThat(messages().map(Object::getClass).distinct()).containsAll(events).containsAll(commands);
    }
}
