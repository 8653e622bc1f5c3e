package org.marketplace.complaints.platform.security.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A stand-in for the marketplace's identity provider: a real RSA key, its public half served as a JWK set over
 * real HTTP on an ephemeral port (and named by an OpenID discovery document), and tokens signed with it.
 * Remembers every path it was asked for, so a test can tell what the service fetched, and when.
 */
public final class IdentityProvider implements AutoCloseable {

    private static final String KEYS = "/jwks";
    public static final String DISCOVERY = "/issuer/.well-known/openid-configuration";

    private final HttpServer server;
    private final RSAKey key;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private volatile boolean keysAvailable = true;
    private volatile Duration keysDelay = Duration.ZERO;

    private IdentityProvider() throws Exception {
        key = newKey("signing-key-1");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        // a slow answer must not hold up the next request
        server.setExecutor(threads);
        server.start();
    }

    public static IdentityProvider start() {
        try {
            return new IdentityProvider();
        } catch (Exception failure) {
            throw new IllegalStateException("the test identity provider did not start", failure);
        }
    }

    /** The issuer the service is told to trust; discovery would ask below it for .well-known/openid-configuration. */
    public String issuer() {
        return base() + "/issuer";
    }

    public String jwkSetUri() {
        return base() + KEYS;
    }

    /** The Spring properties that make a service trust this provider: its issuer and its JWK set. */
    public Map<String, String> trustProperties() {
        return Map.of("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", jwkSetUri());
    }

    public List<String> requestedPaths() {
        return List.copyOf(requested);
    }

    /** How many requests the provider has received and not answered yet: those it is still hanging on. */
    public int unanswered() {
        return unanswered.get();
    }

    /** While false the JWK set and the discovery document answer 503, as a provider that is down. */
    public void keysAvailable(boolean available) {
        keysAvailable = available;
    }

    /** How long the provider takes before it answers, as one that hangs. */
    public void keysDelay(Duration delay) {
        keysDelay = delay;
    }

    /** A valid token for that subject and roles claim, five minutes to live; the test changes what it is about. */
    public String token(String subject, Object roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        return signedBy(key, change.apply(claims(subject, roles)));
    }

    public String token(String subject, Object roles) {
        return token(subject, roles, claims -> claims);
    }

    public JWTClaimsSet.Builder claims(String subject, Object roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        return roles == null ? claims : claims.claim("roles", roles);
    }

    public static String signedBy(RSAKey signer, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requested.add(path);
        unanswered.incrementAndGet();
        try (exchange) {
            pause();
            if (!KEYS.equals(path) && !DISCOVERY.equals(path)) {
                exchange.sendResponseHeaders(404, -1);
            } else if (!keysAvailable) {
                exchange.sendResponseHeaders(503, -1);
            } else if (KEYS.equals(path)) {
                send(exchange, "application/jwk-set+json", new JWKSet(key.toPublicJWK()).toString());
            } else {
                send(exchange, "application/json",
                        "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + jwkSetUri() + "\"}");
            }
        } finally {
            unanswered.decrementAndGet();
        }
    }

    private static void send(HttpExchange exchange, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private void pause() {
        // the delay is the scenario (a provider that hangs), not a wait for a condition
        try {
            Thread.sleep(keysDelay.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
