package org.marketplace.complaints.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.AuthorizationServer;
import org.marketplace.complaints.web.support.Browser;
import org.marketplace.complaints.web.support.FakeService;
import org.marketplace.complaints.web.support.Reply;
import org.marketplace.complaints.web.support.Services;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production login (profile oidc) against a real, small OpenID provider: the authorization-code flow runs at this
 * service, the browser keeps only its session cookie, and every /api call carries the access token as a Bearer.
 */
@ActiveProfiles("oidc")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginTest {

    private static final AuthorizationServer provider = start();
    private static final FakeService command = FakeService.start("command");
    private static final FakeService query = FakeService.start("query");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry properties) {
        Services.register(properties, command.url(), query.url());
        properties.add("complaints.web.oidc.issuer-uri", provider::issuer);
        properties.add("complaints.web.oidc.client-secret", () -> "test-secret");
    }

    @AfterAll
    static void stop() {
        provider.close();
        command.close();
        query.close();
    }

    @LocalServerPort
    int port;

    @Test
    void theCodeFlow_signsIn_andTheAccessTokenIsRelayedAsBearer_toBothServices() throws Exception {
        query.answer("GET", "/api/me", exchange -> FakeService.send(exchange, 200, "application/json",
                ("Bearer " + provider.accessToken()).equals(exchange.getRequestHeaders().getFirst("Authorization"))
                        ? "{\"id\":\"buyer-77\",\"roles\":[\"BUYER\"]}" : "{}"));
        Browser browser = new Browser(port);

        Reply options = browser.get("/auth/options");
        assertThat(options.json().path("mode").asText()).isEqualTo("oidc");
        String loginUrl = options.json().path("loginUrl").asText();
        assertThat(loginUrl).isEqualTo("/oauth2/authorization/marketplace");
        assertThat(browser.get("/api/my/complaints").problemCode()).isEqualTo("UNAUTHENTICATED");

        Reply toProvider = browser.get(loginUrl);
        assertThat(toProvider.status()).isEqualTo(302);
        String back = providerApproves(toProvider.header("Location"));
        Reply signedIn = browser.get(back);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/");

        assertThat(browser.get("/api/my/complaints").status()).isEqualTo(200);
        assertThat(browser.post("/api/complaints", "{}").status()).isEqualTo(200);
        assertThat(query.apiCalls().get(0).headers().getFirst("Authorization")).isEqualTo("Bearer " + provider.accessToken());
        assertThat(command.apiCalls().get(0).headers().getFirst("Authorization"))
                .isEqualTo("Bearer " + provider.accessToken());
        assertThat(command.apiCalls().get(0).headers()).doesNotContainKeys("Cookie");

        Reply me = browser.get("/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("buyer-77");
        assertThat(me.json().path("roles")).extracting(node -> node.asText()).containsExactly("BUYER");

        assertThat(browser.post("/auth/login", "{\"username\":\"buyer-1\",\"password\":\"demo\"}").status())
                .as("no demo login in production").isIn(404, 405);
    }

    /** The user at the provider: its authorize endpoint sends the browser back with a code. */
    private static String providerApproves(String authorizeUrl) throws IOException, InterruptedException {
        HttpResponse<Void> approved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(authorizeUrl))
                .build(), HttpResponse.BodyHandlers.discarding());
        URI back = URI.create(approved.headers().firstValue("Location").orElseThrow());
        return back.getRawPath() + "?" + back.getRawQuery();
    }

    private static AuthorizationServer start() {
        try {
            return new AuthorizationServer("buyer-77", List.of("BUYER"));
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
