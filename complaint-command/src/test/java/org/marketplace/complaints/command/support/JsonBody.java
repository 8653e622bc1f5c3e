package org.marketplace.complaints.command.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request body under construction; a test changes only what it is about (with / without). */
public final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public static JsonBody json() {
        return new JsonBody();
    }

    public JsonBody with(String field, Object value) {
        fields.put(field, value instanceof JsonBody body ? body.fields : unwrap(value));
        return this;
    }

    public JsonBody without(String field) {
        fields.remove(field);
        return this;
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Object unwrap(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item instanceof JsonBody body ? body.fields : item).toList();
        }
        return value;
    }

    @Override
    public String toString() {
        return toJson();
    }
}
