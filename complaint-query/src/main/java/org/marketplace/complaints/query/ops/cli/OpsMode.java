package org.marketplace.complaints.query.ops.cli;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar complaint-query.jar ops …} starts the service as a one-shot operator's tool: no HTTP port
 * (it must run beside the serving instance, on its database, without taking its port), no banner, only
 * errors logged (the log goes to stdout too), so that stdout carries just the answer, no segment
 * balancing and no replay of a rebuild's events (ops.rebuild.RebuildReplays). Decided here, before the context
 * exists, because the command line is only seen this early; {@link OpsCommandLine} runs it.
 * <p>
 * A servlet context without a connector (server.port=-1), not web-application-type=none: the platform's
 * security filter chain needs Spring Security's web configuration, which Boot sets up for servlet
 * applications only, and the context would not start without it.
 */
public class OpsMode implements EnvironmentPostProcessor {

    static final String ARGUMENT = "ops";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Boot's command-line property source lists the arguments that are not --options here, comma-separated
        String arguments = environment.getProperty("nonOptionArgs", "");
        if (arguments.equals(ARGUMENT) || arguments.startsWith(ARGUMENT + ",")) {
            environment.getPropertySources().addFirst(new MapPropertySource("complaints-ops-mode", Map.of(
                    "server.port", "-1",
                    "spring.main.banner-mode", "off",
                    "logging.level.root", "error",
                    // a one-shot tool is not an instance to share the segments with: the others keep theirs
                    "complaints.query.balancing.enabled", "false",
                    // nor one to replay a rebuild's events: it exits at once, the serving instances' processors do it
                    "complaints.query.rebuild.replay", "false")));
        }
    }
}
