package org.marketplace.complaints.web.security;

/**
 * What the browser may load and run on this origin. No inline or foreign script at all (script-src 'self'), so an
 * injected string can never run as code; the app talks to this origin only (connect-src 'self'); no page may frame
 * it (frame-ancestors 'none', with X-Frame-Options: DENY for older browsers).
 * <p>
 * style-src allows 'unsafe-inline' because antd writes its CSS-in-JS styles into inline style elements at run time;
 * styles cannot run script. img-src allows https: because evidence photos are links to the marketplace's image hosts.
 */
final class ContentSecurityPolicy {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' https: data:; connect-src 'self'; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private ContentSecurityPolicy() {
    }
}
