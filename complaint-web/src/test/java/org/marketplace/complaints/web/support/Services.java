package org.marketplace.complaints.web.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points the web service under test at its two services: fakes, or an address where nothing listens. */
public final class Services {

    private Services() {
    }

    public static void register(DynamicPropertyRegistry properties, URI command, URI query) {
        properties.add("complaints.web.command-url", command::toString);
        properties.add("complaints.web.query-url", query::toString);
    }

    /** A local port that was free a moment ago: connecting to it is refused, as to a service that is down. */
    public static URI nothingListening() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
