package org.marketplace.complaints.query.freshness;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The probe read model as a bean, only in the contexts of the tests that import it. */
@TestConfiguration(proxyBeanMethods = false)
class ProbeSupport {

    @Bean
    ProbeProjection probeProjection(JdbcTemplate jdbc) {
        return new ProbeProjection(jdbc);
    }
}
