package org.marketplace.complaints.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** What a service answered: status, headers, body (as JSON on demand). */
public record Answer(int status, HttpResponse<String> raw) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(raw.body());
        } catch (Exception notJson) {
            throw new AssertionError("not JSON: " + this, notJson);
        }
    }

    public String text(String field) {
        return json().path(field).asText(null);
    }

    public String header(String name) {
        return raw.headers().firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + raw.request().method() + " " + raw.uri() + " " + raw.body();
    }
}
