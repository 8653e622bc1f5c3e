package org.marketplace.complaints.query.ops.rebuild;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs RebuildSwitch's check on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RebuildScheduling {
}
