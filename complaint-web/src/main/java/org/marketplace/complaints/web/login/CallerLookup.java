package org.marketplace.complaints.web.login;

import java.util.List;
import java.util.Optional;
import org.marketplace.complaints.web.WebSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks the query service who a set of credentials names (GET /api/me): a demo login is checked there rather than
 * against a copy of the accounts, and an OIDC user's roles are the ones the services read from the token.
 */
@Component
public class CallerLookup {

    private final RestClient query;

    CallerLookup(RestClient.Builder clients, WebSettings settings) {
        this.query = clients.baseUrl(settings.queryUrl().toString()).build();
    }

    /**
     * @param authorization an Authorization header value (Basic … or Bearer …)
     * @return the caller, or empty when the service refuses the credentials (401)
     * @throws RestClientException when the service cannot be reached or answers anything else
     */
    public Optional<SignedIn> whoIs(String authorization) {
        return query.get().uri("/api/me")
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                        return Optional.empty();
                    }
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        throw new RestClientException("GET /api/me answered " + response.getStatusCode());
                    }
                    Caller caller = response.bodyTo(Caller.class);
                    return Optional.of(new SignedIn(caller.id(), caller.roles() == null ? List.of() : caller.roles()));
                });
    }

    /** The query service's answer (CallerController in complaint-platform). */
    private record Caller(String id, List<String> roles) {
    }
}
