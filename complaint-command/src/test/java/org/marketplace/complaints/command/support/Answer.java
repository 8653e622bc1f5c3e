package org.marketplace.complaints.command.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** What the service answered: status, headers and the body (parsed as JSON on demand). */
public record Answer(int status, HttpResponse<String> raw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
        return header("Content-Type");
    }

    public JsonNode json() {
        try {
            return JSON.readTree(raw.body());
        } catch (Exception notJson) {
            throw new AssertionError("not JSON: " + raw.body(), notJson);
        }
    }

    public String text(String field) {
        return json().path(field).asText(null);
    }

    public long eventPosition() {
        String position = header("X-Event-Position");
        if (position == null) {
            throw new AssertionError("no X-Event-Position on " + this);
        }
        return Long.parseLong(position);
    }

    @Override
    public String toString() {
        return status + " " + raw.headers().map() + " " + raw.body();
    }
}
