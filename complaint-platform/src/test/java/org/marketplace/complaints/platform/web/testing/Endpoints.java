package org.marketplace.complaints.platform.web.testing;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every path the service's controllers map, with a sample value in each variable, and the methods its handlers
 * declare there: read from Spring MVC itself, so a new endpoint is covered by the edge tests without a line here.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /** Sample path to the methods declared on it (GET implies HEAD, as Spring MVC serves it). */
    public static Map<String, Set<String>> of(RequestMappingHandlerMapping mapping) {
        Map<String, Set<String>> paths = new TreeMap<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<String> methods = methods(info.getMethodsCondition().getMethods());
            for (String pattern : info.getPatternValues()) {
                paths.computeIfAbsent(sample(pattern), path -> new TreeSet<>()).addAll(methods);
            }
        }
        return paths;
    }

    private static Set<String> methods(Collection<RequestMethod> declared) {
        Set<String> methods = new TreeSet<>();
        // a mapping without methods takes them all (Boot's /error): then nothing is undeclared there
        (declared.isEmpty() ? Set.of(RequestMethod.values()) : declared).forEach(method -> methods.add(method.name()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    private static String sample(String pattern) {
        return pattern.replaceAll("\\{[^/]*}", "00000000-0000-4000-8000-000000000000").replace("**", "edge").replace("*", "edge");
    }
}
