package org.marketplace.complaints.platform.web.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A raw HTTP answer: status, headers (names lower-cased), the body with any chunked framing removed. */
public record RawAnswer(int status, Map<String, String> headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RawAnswer parse(byte[] raw, boolean head) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer, got: %s", text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
        String body = head ? "" : new String(chunked ? unchunk(rest) : rest, StandardCharsets.UTF_8);
        return new RawAnswer(status, headers, body);
    }

    public String contentType() {
        return headers.getOrDefault("content-type", "");
    }

    /** An error the way the contract has every error: problem+json with a code, never a 5xx, never HTML. */
    public RawAnswer assertIsProblem(String request) {
        assertThat(status).as("%s -> %s", request, this).isBetween(400, 499);
        assertThat(contentType()).as("%s -> %s", request, this).startsWith("application/problem+json");
        if (!body.isEmpty()) {
            JsonNode problem = json();
            assertThat(problem.path("code").asText()).as("%s -> %s", request, this).isNotBlank();
            assertThat(problem.path("status").asInt()).as("%s -> %s", request, this).isEqualTo(status);
        }
        return this;
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception notJson) {
            throw new AssertionError("not JSON: " + this, notJson);
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, at);
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

    @Override
    public String toString() {
        return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
