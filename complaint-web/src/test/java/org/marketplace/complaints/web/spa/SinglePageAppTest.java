package org.marketplace.complaints.web.spa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marketplace.complaints.web.support.BothServicesFaked;
import org.marketplace.complaints.web.support.Browser;
import org.marketplace.complaints.web.support.Reply;

/**
 * The app's files (src/test/resources/static stands in for Vite's build) and the client-side routes, with the
 * caching and security headers a browser gets with them.
 */
class SinglePageAppTest extends BothServicesFaked {


    @Test
    void theStartPage_isTheApp_revalidatedOnEachLoad() {
        Reply page = new Browser(port).get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("the test single-page app");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void clientSideRoutes_answerTheIndexPage() {
        for (String route : new String[] {"/my/complaints", "/complaints/8f0c-41", "/arbitration/queue?kind=X"}) {
            Reply page = new Browser(port).get(route);

            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).contains("the test single-page app");
            assertThat(page.header("Cache-Control")).as(route).isEqualTo("no-cache");
        }
    }

    @Test
    void hashedAssets_areCachedForAYear_andAMissingOneIsNotTheIndexPage() {
        Reply script = new Browser(port).get("/assets/app-1a2b3c4d.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("the test app");
        assertThat(script.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(new Browser(port).get("/assets/app-gone.js").status()).isEqualTo(404);
    }

    @Test
    void theServicesOwnPaths_areNeverTheApp() {
        assertThat(new Browser(port).get("/auth/nothing-here").status()).isEqualTo(404);
        assertThat(new Browser(port).get("/actuator/env").status()).isEqualTo(404);
        Reply health = new Browser(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void everyAnswer_carriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/my/complaints", "/auth/options", "/api/my/complaints"}) {
            Reply reply = new Browser(port).get(path);

            assertThat(reply.header("Content-Security-Policy")).as(path).isEqualTo("default-src 'self'; "
                    + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; "
                    + "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(reply.header("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }
}
