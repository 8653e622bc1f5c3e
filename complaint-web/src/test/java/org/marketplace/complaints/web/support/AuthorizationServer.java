package org.marketplace.complaints.web.support;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small OpenID Connect provider over real HTTP: discovery, an authorize endpoint that approves at once (as after a
 * user signed in there), a token endpoint and the JWK set, with a real RSA key. Each code is good for one user.
 */
public final class AuthorizationServer implements AutoCloseable {

    public static final String CLIENT_ID = "complaints-web";

    private final HttpServer server;
    private final RSAKey key;
    private final String subject;
    private final List<String> roles;
    private volatile String nonce;
    private volatile String accessToken;

    public AuthorizationServer(String subject, List<String> roles) throws Exception {
        this.subject = subject;
        this.roles = roles;
        key = new RSAKeyGenerator(2048).keyID("oidc-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The access token it issued last: what the services must receive as the Bearer. */
    public String accessToken() {
        return accessToken;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/.well-known/openid-configuration" -> FakeService.send(exchange, 200, "application/json",
                        "{\"issuer\":\"" + issuer() + "\",\"authorization_endpoint\":\"" + issuer() + "/authorize\","
                                + "\"token_endpoint\":\"" + issuer() + "/token\",\"jwks_uri\":\"" + issuer() + "/jwks\","
                                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
                case "/authorize" -> {
                    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
                    nonce = query.get("nonce");
                    exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=code-1&state="
                            + java.net.URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/token" -> {
                    exchange.getRequestBody().readAllBytes();
                    accessToken = sign(claims().claim("roles", roles).build());
                    String idToken = sign(claims().audience(CLIENT_ID).claim("nonce", nonce).build());
                    FakeService.send(exchange, 200, "application/json", "{\"access_token\":\"" + accessToken
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"openid profile\","
                            + "\"id_token\":\"" + idToken + "\"}");
                }
                case "/jwks" -> FakeService.send(exchange, 200, "application/json",
                        new JWKSet(key.toPublicJWK()).toString());
                default -> exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).subject(subject).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)));
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static Map<String, String> form(String query) {
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8)));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
