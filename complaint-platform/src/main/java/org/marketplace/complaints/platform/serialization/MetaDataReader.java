package org.marketplace.complaints.platform.serialization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Reads an event's metadata as Axon's own MetaDataDeserializer does (a map of names to plain JSON values), without
 * looking up and contextualising a map deserializer for every event: that lookup was most of the 12–14 % of a
 * rebuild of the complaint detail spent reading the metadata for its actor (docs/performance.md), on maps of one to
 * three entries. String values, nearly all of them, are read directly; any other value as Jackson reads an
 * untyped Object, as in Axon's map.
 */
final class MetaDataReader extends StdDeserializer<MetaData> {

    /** Named, so that registering it on the shared mapper again is a no-op (Jackson ignores a known module id). */
    static final SimpleModule MODULE = new SimpleModule("complaints-metadata-reader")
            .addDeserializer(MetaData.class, new MetaDataReader());

    private MetaDataReader() {
        super(MetaData.class);
    }

    /**
     * Registers the reader on the mapper of every JacksonSerializer once the serializer is built: the serializer
     * registers Axon's deserializer on it in its constructor, and Jackson asks the last registered module first.
     */
    static BeanPostProcessor registrar() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JacksonSerializer serializer) {
                    serializer.getObjectMapper().registerModule(MODULE);
                }
                return bean;
            }
        };
    }

    @Override
    public MetaData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        Map<String, Object> values = new HashMap<>();
        JsonToken token = parser.currentToken() == JsonToken.START_OBJECT ? parser.nextToken() : parser.currentToken();
        for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            values.put(name, switch (value) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NULL -> null;
                default -> context.readValue(parser, Object.class);
            });
        }
        if (token != JsonToken.END_OBJECT) {
            return context.reportInputMismatch(this, "metadata must be a JSON object, found %s", token);
        }
        return MetaData.from(values);
    }

    /** As Axon's: metadata written with type information reads through it. */
    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
            throws IOException {
        return types.deserializeTypedFromObject(parser, context);
    }
}
