package org.marketplace.complaints.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Says, for a body Jackson could not read, which field was wrong and what it should have been. */
final class JsonInputProblems {

    private JsonInputProblems() {
    }

    static InvalidField describe(HttpMessageNotReadableException unreadable) {
        Throwable cause = unreadable.getCause();
        if (cause instanceof JsonMappingException mapping) {
            // Jackson's own message names Java types: say what the client should send instead
            return mapping.getPath().isEmpty() ? new InvalidField("body", "must be a JSON object")
                    : new InvalidField(path(mapping), expectation(mapping));
        }
        if (cause instanceof JsonProcessingException json) {
            return new InvalidField("body", "malformed JSON: " + json.getOriginalMessage());
        }
        return new InvalidField("body", "a JSON body is required");
    }

    private static String expectation(JsonMappingException mapping) {
        if (mapping instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage();
        }
        Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (mapping instanceof InvalidFormatException || target != null) {
            return "must be " + article(target);
        }
        return "has the wrong type";
    }

    private static String article(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "a whole number";
        }
        return switch (target.getSimpleName()) {
            case "Boolean", "boolean" -> "true or false";
            case "Instant" -> "an ISO-8601 instant such as 2030-01-31T12:00:00Z";
            case "List" -> "an array";
            case "String" -> "a string";
            default -> "a " + target.getSimpleName();
        };
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
