package org.marketplace.complaints.platform.security.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * What every bearer-token test of the services needs around its own tokens and assertions, written once: a test
 * {@link IdentityProvider} for the test class, the service told to trust it, and the header that carries a token.
 * <p>
 * A test declares {@code @RegisterExtension static final BearerTokens tokens = new BearerTokens();} and nothing
 * else: as a JUnit extension it stops the provider after the class, and {@link TrustFactory} (listed in this
 * test-jar's META-INF/spring.factories) finds the field and points the service's resource server at the provider,
 * so no test repeats a {@code @DynamicPropertySource} or an {@code @AfterAll} of its own.
 */
public final class BearerTokens implements AfterAllCallback {

    private final IdentityProvider provider = IdentityProvider.start();

    /** The provider itself, for the tests that sign with other keys or make it fail. */
    public IdentityProvider provider() {
        return provider;
    }

    /** A valid token for that subject with those roles in its roles claim. */
    public String token(String subject, String... roles) {
        return provider.token(subject, List.of(roles));
    }

    /** The value of the Authorization header that presents the token. */
    public static String authorization(String token) {
        return "Bearer " + token;
    }

    /** Request headers that present the token; a test may add its own to them. */
    public static HttpHeaders bearer(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }

    /** A GET with those headers, its JSON body read whatever the status, so that problems can be asserted too. */
    public static ResponseEntity<JsonNode> get(TestRestTemplate http, String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        provider.close();
    }

    /**
     * Gives the Spring context of a test class with a static BearerTokens field the properties that trust its
     * provider. They are part of the context's cache key (the customizer is a record), so each class gets a
     * context of its own provider and never one left trusting a provider another class has already stopped.
     */
    public static final class TrustFactory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == BearerTokens.class) {
                        return new Trust(read(field).provider.trustProperties());
                    }
                }
            }
            return null;
        }

        private static BearerTokens read(Field field) {
            try {
                field.setAccessible(true);
                return (BearerTokens) field.get(null);
            } catch (IllegalAccessException failure) {
                throw new IllegalStateException(failure);
            }
        }
    }

    private record Trust(Map<String, String> properties) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("bearer-tokens", new LinkedHashMap<>(properties)));
        }
    }
}
