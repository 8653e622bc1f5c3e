package org.marketplace.complaints.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.marketplace.complaints.api.Text;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a verified bearer JWT names: the principal (the actor id recorded on events) from one claim, the roles
 * from another, each value prefixed into the ROLE_BUYER… authorities that the endpoint rules and Principals read.
 * The claims are Boot's spring.security.oauth2.resourceserver.jwt.* properties; only their defaults are ours,
 * because Boot's (scope / SCOPE_) describe OAuth2 scopes, not this platform's roles.
 * <p>
 * Written here rather than with Spring's JwtGrantedAuthoritiesConverter: that one casts a list claim to
 * strings unchecked, so an identity provider sending {@code "roles": [1]} would turn into a 500.
 */
final class BearerTokenCallers implements Converter<Jwt, JwtAuthenticationToken> {

    static final String ROLES_CLAIM = "roles";
    static final String ROLE_PREFIX = "ROLE_";
    static final String PRINCIPAL_CLAIM = "sub";
    static final String ROLES_DELIMITER = " ";

    private final String rolesClaim;
    private final String rolePrefix;
    private final String rolesDelimiter;
    private final String principalClaim;

    BearerTokenCallers(OAuth2ResourceServerProperties.Jwt boot) {
        this.rolesClaim = Objects.requireNonNullElse(boot.getAuthoritiesClaimName(), ROLES_CLAIM);
        // an empty prefix is meaningful: a provider whose roles already read ROLE_BUYER
        this.rolePrefix = Objects.requireNonNullElse(boot.getAuthorityPrefix(), ROLE_PREFIX);
        this.rolesDelimiter = Objects.requireNonNullElse(boot.getAuthoritiesClaimDelimiter(), ROLES_DELIMITER);
        this.principalClaim = Objects.requireNonNullElse(boot.getPrincipalClaimName(), PRINCIPAL_CLAIM);
    }

    /**
     * A token without a usable principal is refused as invalid (401): its signature is good, but there is no one
     * to record as the actor. A token without a known role is let in with none; the endpoint rules then answer
     * 403 as for any caller whose role may not call the endpoint.
     */
    @Override
    public JwtAuthenticationToken convert(Jwt jwt) {
        String name = jwt.getClaimAsString(principalClaim);
        if (name == null || name.isBlank() || name.length() > Text.MAX_ID_LENGTH) {
            throw new InvalidBearerTokenException("the token's " + principalClaim + " claim names no caller (at most "
                    + Text.MAX_ID_LENGTH + " characters)");
        }
        return new JwtAuthenticationToken(jwt, roles(jwt), name);
    }

    private List<GrantedAuthority> roles(Jwt jwt) {
        List<String> values = new ArrayList<>();
        Object claim = jwt.getClaims().get(rolesClaim);
        if (claim instanceof String text) {
            // the delimiter is text, not a regular expression: "|" or "." must split where they stand
            values.addAll(List.of(text.split(Pattern.quote(rolesDelimiter))));
        } else if (claim instanceof Collection<?> items) {
            // anything but a string in the list is not a role we could know
            items.stream().filter(String.class::isInstance).map(String.class::cast).forEach(values::add);
        }
        return values.stream().map(String::strip).filter(value -> !value.isEmpty())
                .map(value -> (GrantedAuthority) new SimpleGrantedAuthority(rolePrefix + value)).toList();
    }
}
