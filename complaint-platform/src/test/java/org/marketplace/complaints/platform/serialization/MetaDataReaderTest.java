package org.marketplace.complaints.platform.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** Metadata read by MetaDataReader is what Axon's own deserializer reads, on serializers built as Axon's beans are. */
class MetaDataReaderTest {

    private static final Map<String, Object> VALUES = values();

    @Test
    void everySerializerOnTheSharedMapper_readsMetaDataWithTheReader_evenOneBuiltAfterTheRegistration()
            throws JsonMappingException {
        ObjectMapper shared = mapper();
        JacksonSerializer first = registered(shared);
        JacksonSerializer second = registered(shared);

        assertThat(first.getObjectMapper()).isSameAs(second.getObjectMapper());
        DeserializationContext context = ((DefaultDeserializationContext) shared.getDeserializationContext())
                .createDummyInstance(shared.getDeserializationConfig());
        assertThat(context.findRootValueDeserializer(shared.constructType(MetaData.class)))
                .isInstanceOf(MetaDataReader.class);
        assertThat(new MetaDataReaderTest().read(second, "{\"actor\":\"BUYER:buyer-1\"}"))
                .isEqualTo(MetaData.with("actor", "BUYER:buyer-1"));
    }

    @Test
    void readsEveryKindOfValue_asAxonsOwnDeserializerDoes() {
        JacksonSerializer axons = JacksonSerializer.builder().objectMapper(mapper()).build();
        JacksonSerializer ours = registered(mapper());
        SerializedObject<byte[]> written = axons.serialize(MetaData.from(VALUES), byte[].class);

        MetaData read = ours.deserialize(written);

        assertThat(read).isEqualTo(axons.deserialize(written)).isEqualTo(MetaData.from(VALUES));
    }

    @Test
    void emptyMetadata_readsAsEmpty() {
        assertThat(read(registered(mapper()), "{}")).isEqualTo(MetaData.emptyInstance());
    }

    @Test
    void metadataThatIsNotAnObject_isRefused() {
        JacksonSerializer ours = registered(mapper());

        assertThatThrownBy(() -> read(ours, "[\"actor\"]")).isInstanceOf(SerializationException.class);
    }

    private MetaData read(JacksonSerializer serializer, String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(MetaData.class.getName(), null)));
    }

    /** As Spring builds a serializer bean: the constructor registers Axon's deserializer, the post-processor ours. */
    private static JacksonSerializer registered(ObjectMapper mapper) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(mapper).build();
        return (JacksonSerializer) MetaDataReader.registrar().postProcessAfterInitialization(serializer, "serializer");
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder().findAndAddModules().build();
    }

    private static Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        values.put("actor", "ARBITRATOR:arbitrator-1");
        values.put("correlationId", "c0ffee");
        values.put("attempt", 3);
        values.put("large", 12_345_678_901L);
        values.put("ratio", 0.5);
        values.put("replay", true);
        values.put("none", null);
        values.put("tags", List.of("a", "b"));
        values.put("nested", Map.of("k", "v"));
        values.put("text with \"quotes\"", Arrays.asList("x", null));
        return values;
    }
}
