package org.marketplace.complaints.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.BothServicesFaked;
import org.marketplace.complaints.web.support.Browser;
import org.marketplace.complaints.web.support.FakeService;
import org.marketplace.complaints.web.support.Reply;

/**
 * The demo login as the app uses it: the query service checks the password (GET /api/me over HTTP Basic), the
 * session cookie is the only thing the browser keeps, every change needs the CSRF token, a logout ends the session.
 */
class DemoLoginTest extends BothServicesFaked {

    @Test
    void theOptions_offerTheDemoAccounts() {
        Reply options = browser.get("/auth/options");

        assertThat(options.status()).isEqualTo(200);
        assertThat(options.json().path("mode").asText()).isEqualTo("demo");
        assertThat(options.json().path("accounts")).hasSize(9);
        assertThat(options.json().path("accounts").findValuesAsText("username")).contains("lead-1");
        assertThat(options.json().path("accounts").get(0).path("username").asText()).isEqualTo("buyer-1");
        assertThat(options.json().path("accounts").get(0).path("role").asText()).isEqualTo("BUYER");
    }

    @Test
    void aGoodPassword_signsIn_withAnHttpOnlyLaxSessionCookie_andNothingElseForTheBrowser() {
        browser.get("/auth/options");
        Reply login = browser.login("buyer-1", "demo");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("username").asText()).isEqualTo("buyer-1");
        assertThat(login.json().path("roles")).extracting(node -> node.asText()).containsExactly("BUYER");
        assertThat(login.body()).doesNotContain("demo");
        String sessionCookie = login.headers("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(Browser.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(sessionCookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(query.calls()).extracting(FakeService.Call::target).containsExactly("/api/me");

        Reply me = browser.get("/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("buyer-1");
        assertThat(me.json().path("roles")).extracting(node -> node.asText()).containsExactly("BUYER");
    }

    @Test
    void aWrongPassword_isBadCredentials_andSignsNoOneIn() {
        Reply login = browser.login("buyer-1", "wrong");

        assertThat(login.status()).isEqualTo(401);
        assertThat(login.problemCode()).isEqualTo("BAD_CREDENTIALS");
        assertThat(login.header("WWW-Authenticate")).isNull();
        assertThat(browser.cookie(Browser.SESSION_COOKIE)).isNull();
        assertThat(browser.get("/auth/me").problemCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aLoginWithoutItsFields_isInvalid() {
        browser.get("/auth/options");

        assertThat(browser.post("/auth/login", "{\"username\":\"buyer-1\"}").problemCode()).isEqualTo("VALIDATION_FAILED");
        assertThat(browser.post("/auth/login", "not json").problemCode()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void theLogin_needsTheCsrfToken_too() {
        browser.get("/auth/options");
        Reply login = browser.postWithoutCsrf("/auth/login", "{\"username\":\"buyer-1\",\"password\":\"demo\"}");

        assertThat(login.status()).isEqualTo(403);
        assertThat(login.problemCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(query.calls()).isEmpty();
    }

    @Test
    void everyPageLoad_setsTheCsrfCookie_readableByTheApp() {
        Reply page = browser.get("/");

        String csrfCookie = page.headers("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(Browser.XSRF_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(csrfCookie).doesNotContain("HttpOnly").contains("SameSite=Lax").contains("Path=/");
    }

    @Test
    void withoutASession_theApiAndMe_answer401_neverARedirect() {
        Reply api = browser.get("/api/my/complaints");
        Reply me = browser.get("/auth/me");

        assertThat(api.status()).isEqualTo(401);
        assertThat(api.problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.header("Location")).isNull();
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(query.calls()).isEmpty();
    }

    @Test
    void aChangeWithoutTheCsrfToken_isRefused_beforeItReachesAService() {
        browser.login("buyer-1", "demo");

        Reply change = browser.postWithoutCsrf("/api/complaints", "{}");

        assertThat(change.status()).isEqualTo(403);
        assertThat(change.problemCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(command.calls()).isEmpty();
        assertThat(browser.post("/api/complaints", "{}").status()).isEqualTo(200);
        assertThat(command.calls()).hasSize(1);
    }

    @Test
    void theLogout_endsTheSession_andTheOldCookieNoLongerWorks() {
        browser.login("buyer-1", "demo");
        String session = browser.cookie(Browser.SESSION_COOKIE);
        assertThat(browser.get("/api/my/complaints").status()).isEqualTo(200);

        Reply logout = browser.post("/auth/logout", null);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(browser.cookie(Browser.SESSION_COOKIE)).isNull();
        // a fresh CSRF token at once: the app can sign in again without loading a page
        assertThat(browser.cookie(Browser.XSRF_COOKIE)).isNotNull();
        assertThat(browser.login("buyer-2", "demo").status()).isEqualTo(200);

        Browser stolen = new Browser(port);
        stolen.cookie(Browser.SESSION_COOKIE, session);
        assertThat(stolen.get("/api/my/complaints").problemCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(stolen.get("/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aLogin_neverKeepsTheSessionIdFromBefore() {
        browser.login("buyer-1", "demo");
        String first = browser.cookie(Browser.SESSION_COOKIE);

        browser.login("seller-1", "demo");
        String second = browser.cookie(Browser.SESSION_COOKIE);

        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(browser.get("/auth/me").json().path("username").asText()).isEqualTo("seller-1");
        Browser planted = new Browser(port);
        planted.cookie(Browser.SESSION_COOKIE, first);
        assertThat(planted.get("/auth/me").status()).isEqualTo(401);
    }

    @Test
    void theLogout_needsTheCsrfToken() {
        browser.login("buyer-1", "demo");

        assertThat(browser.postWithoutCsrf("/auth/logout", null).problemCode()).isEqualTo("CSRF_TOKEN_INVALID");
        assertThat(browser.get("/auth/me").status()).isEqualTo(200);
    }
}
