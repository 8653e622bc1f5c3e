package org.marketplace.complaints.platform.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** How the keys come from configuration: the demo key only where allowed, a real key required otherwise. */
class IntegritySettingsTest {

    private static final String K1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IntegrityConfig.class));

    @Test
    void theEmbeddedDefault_sealsWithTheDemoKey() {
        context.run(started -> assertThat(started.getBean(ChainKeys.class).activeKeyId()).isEqualTo("demo"));
    }

    @Test
    void withoutTheDemoKey_asInProduction_aServiceWithoutAKeyDoesNotStart() {
        context.withPropertyValues("complaints.integrity.demo-key=false").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("complaints.integrity.active-key");
        });
    }

    @Test
    void aConfiguredKey_isActive_andTheKeysKeptForVerifyingStayKnown() {
        context.withPropertyValues("complaints.integrity.demo-key=false", "complaints.integrity.active-key=k2",
                "complaints.integrity.keys.k1=" + K1, "complaints.integrity.keys.k2=" + K1.replace('A', 'B'))
                .run(started -> {
                    ChainKeys keys = started.getBean(ChainKeys.class);
                    assertThat(keys.activeKeyId()).isEqualTo("k2");
                    assertThat(keys.ids()).containsExactly("k1", "k2");
                });
    }

    @Test
    void aShortSecret_aSecretThatIsNotBase64_andAnActiveKeyWithoutSecret_areRefused_withoutShowingTheSecret() {
        assertThatThrownBy(() -> new IntegritySettings(false, "k1", Map.of("k1", "c2hvcnQ=")).chainKeys())
                .hasMessageContaining("at least 32");
        assertThatThrownBy(() -> new IntegritySettings(false, "k1", Map.of("k1", "not base64!")).chainKeys())
                .hasMessageContaining("not base64").hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> new IntegritySettings(false, "k2", Map.of("k1", K1)).chainKeys())
                .hasMessageContaining("'k2' is not among");
        assertThatThrownBy(() -> new IntegritySettings(false, "K1", Map.of("K1", K1)).chainKeys())
                .hasMessageContaining("lower-case");
    }
}
