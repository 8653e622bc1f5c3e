package org.marketplace.complaints.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;

/** A response as the browser got it. */
public record Reply(int status, java.net.http.HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    Reply(HttpResponse<String> response) {
        this(response.statusCode(), response.headers(), response.body());
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception notJson) {
            throw new AssertionError("not JSON (status " + status + "): " + body, notJson);
        }
    }

    /** The stable code of a problem+json answer, after checking that it is one. */
    public String problemCode() {
        if (!"application/problem+json".equals(header("Content-Type"))) {
            throw new AssertionError("not problem+json (status " + status + ", " + header("Content-Type") + "): " + body);
        }
        return json().path("code").asText();
    }
}
