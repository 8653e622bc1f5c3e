package org.marketplace.complaints.platform.web.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte over a socket: a client library would normalise the very things these tests
 * send (an encoded "/" or "..", a 10 kB header, TRACE, a broken request line). One request per connection.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** A request as a caller would make it; null authorization for none, null body for none. */
    public RawAnswer send(String method, String target, String authorization, Map<String, String> headers, String body) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "localhost:" + port);
        if (authorization != null) {
            all.put("Authorization", authorization);
        }
        all.putAll(headers);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            all.put("Content-Length", String.valueOf(content.length));
        }
        all.put("Connection", "close");
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        request.writeBytes(content);
        return sendBytes(request.toByteArray(), method);
    }

    /** Exactly these bytes, for requests no caller could make with a client library. */
    public RawAnswer sendBytes(byte[] request, String method) {
        try (Socket socket = new Socket("localhost", port)) {
            // a bound, not a wait: springdoc builds its document at the first request, slowly on a busy machine
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return RawAnswer.parse(readAll(socket.getInputStream()), "HEAD".equals(method));
        } catch (IOException failure) {
            throw new AssertionError("HTTP exchange failed for " + new String(request, 0,
                    Math.min(request.length, 120), StandardCharsets.ISO_8859_1), failure);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
