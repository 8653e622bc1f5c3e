package org.marketplace.complaints.platform.integrity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * complaints.integrity.*: the keys of the hash chain, shared by the command service (which seals with the active
 * key) and the query service (which verifies with all of them). Secrets are base64, at least 32 bytes; they live
 * in configuration (the environment, a secret store), never in the database the chain protects.
 *
 * @param demoKey   adds the built-in demo key (id {@value #DEMO_KEY_ID}), whose secret is published in this
 *                  source: the embedded set-up's default, off in the production (postgres) profile
 * @param activeKey the id of the key new events are sealed with; defaults to the demo key where it is on
 * @param keys      key id to base64 secret: the active key and every earlier one still to be verified
 */
@ConfigurationProperties("complaints.integrity")
public record IntegritySettings(@DefaultValue("true") boolean demoKey, String activeKey,
                                @DefaultValue Map<String, String> keys) {

    public static final String DEMO_KEY_ID = "demo";
    /** Not a secret: anyone can forge a chain sealed with it, which is why production refuses it. */
    static final byte[] DEMO_SECRET = "marketplace-complaints-demo-integrity-key".getBytes(StandardCharsets.US_ASCII);

    public ChainKeys chainKeys() {
        Map<String, byte[]> secrets = new HashMap<>();
        keys.forEach((id, secret) -> secrets.put(id, decoded(id, secret)));
        if (demoKey) {
            if (secrets.containsKey(DEMO_KEY_ID)) {
                throw new IllegalStateException("integrity key id '" + DEMO_KEY_ID + "' is the built-in demo key's");
            }
            secrets.put(DEMO_KEY_ID, DEMO_SECRET);
        }
        String active = activeKey == null || activeKey.isBlank() ? (demoKey ? DEMO_KEY_ID : null) : activeKey.trim();
        if (active == null) {
            throw new IllegalStateException("no integrity key: set complaints.integrity.active-key "
                    + "(COMPLAINTS_INTEGRITY_ACTIVEKEY) and its secret complaints.integrity.keys.<id> "
                    + "(COMPLAINTS_INTEGRITY_KEYS_<ID>), the same for the command and the query service");
        }
        return new ChainKeys(active, secrets);
    }

    // the message names the key, never the secret
    private static byte[] decoded(String id, String secret) {
        try {
            return Base64.getDecoder().decode(secret == null ? "" : secret.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("integrity key '" + id + "' is not base64", notBase64);
        }
    }
}
