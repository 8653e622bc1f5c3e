package org.marketplace.complaints.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Known answers that pin the chain's format: a change to the field order, the length prefixes or the key id's
 * place in the MAC would make every stored hash unverifiable. The expected values were computed outside Java
 * (Python's hmac and hashlib over the same length-prefixed fields), not by the code under test.
 */
class EventChainTest {

    /** 0x00, 0x01, … 0x1f: AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8= in base64. */
    private static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) i;
        }
    }

    private static StoredEvent event(String revision, String metaData) {
        return new StoredEvent(7, "evt-1", "complaint-1", 2, "2026-01-05T08:00:00.000Z",
                "org.marketplace.complaints.api.event.SellerResponded", revision,
                "{\"statement\":\"ok\"}".getBytes(StandardCharsets.UTF_8),
                metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theKeyedHash_isHmacSha256OverTheKeyIdThePreviousHashAndEveryStoredColumn() {
        String hash = EventChain.keyed("k1", new SecretKeySpec(KEY, "HmacSHA256"), EventChain.GENESIS,
                event("1", "{\"actor\":\"SELLER:seller-1\"}"));

        assertThat(hash).isEqualTo("9c2fbb99c8ab21c5fdb08292b18e0fc46fdec5c5e11450aed5a6fb01b582cc95");
    }

    @Test
    void aNullColumn_isHashedAsLengthMinusOne_unlikeAnEmptyOne() {
        String hash = EventChain.keyed("k1", new SecretKeySpec(KEY, "HmacSHA256"), EventChain.GENESIS,
                event(null, null));

        assertThat(hash).isEqualTo("ff947dfe71a96698364a8450511418b73381c612ab71342b3b6e835507e3ab3e");
    }

    @Test
    void theLegacyUnkeyedHash_staysPlainSha256OverTheSameFields() {
        String hash = EventChain.unkeyed(EventChain.GENESIS, event("1", "{\"actor\":\"SELLER:seller-1\"}"));

        assertThat(hash).isEqualTo("7a9d2b2889cc6cee8ad1da76c194c567317d6ba6be880d5df8825232483b2085");
    }

    @Test
    void aSeal_namesTheActiveKey_andChecksOnlyUnderTheKeyItNames() {
        ChainKeys keys = new ChainKeys("k1", Map.of("k1", KEY, "k2", new byte[32]));
        StoredEvent event = event("1", null);

        ChainKeys.Seal seal = keys.seal(EventChain.GENESIS, event);

        assertThat(seal.keyId()).isEqualTo("k1");
        assertThat(keys.check(EventChain.GENESIS, event, "k1", seal.hash())).isEqualTo(ChainKeys.Verdict.KEYED);
        assertThat(keys.check(EventChain.GENESIS, event, "k2", seal.hash())).isEqualTo(ChainKeys.Verdict.MISMATCH);
        assertThat(keys.check(EventChain.GENESIS, event, "k9", seal.hash())).isEqualTo(ChainKeys.Verdict.UNKNOWN_KEY);
        assertThat(keys.check(EventChain.GENESIS, event, null, EventChain.unkeyed(EventChain.GENESIS, event)))
                .isEqualTo(ChainKeys.Verdict.UNKEYED);
    }
}
