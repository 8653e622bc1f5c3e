package org.marketplace.complaints.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.marketplace.complaints.api.Role;

/**
 * The roles an endpoint is for, in the order the caller is tried in them: a caller who holds several roles (a
 * seller who also buys) acts in the one the endpoint is for, never in whichever comes first. Put on the caller
 * parameter (Actor, or the command service's Caller); the endpoint rules (EndpointRules) have already let the
 * caller in with at least one of them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ActingAs {

    Role[] value();
}
