package org.marketplace.complaints.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** complaints.security.*: the built-in demo accounts are for the embedded setup only. */
@ConfigurationProperties("complaints.security")
public record SecuritySettings(@DefaultValue("true") boolean demoAccounts) {
}
