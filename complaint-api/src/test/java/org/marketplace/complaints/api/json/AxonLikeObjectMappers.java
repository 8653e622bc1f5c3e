package org.marketplace.complaints.api.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.List;

/**
 * The ObjectMappers Axon's JacksonSerializer may be given: Spring Boot's (ISO dates, unknown properties
 * ignored), and a bare one with only the Java time module (numeric timestamps, the Jackson defaults).
 */
final class AxonLikeObjectMappers {

    private AxonLikeObjectMappers() {
    }

    static ObjectMapper springBootLike() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    static ObjectMapper bareWithJavaTime() {
        return new ObjectMapper().registerModule(new JavaTimeModule());
    }

    static List<ObjectMapper> all() {
        return List.of(springBootLike(), bareWithJavaTime());
    }
}
