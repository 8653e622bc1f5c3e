package org.marketplace.complaints.platform.web.testing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Which requests got as far as a controller method, and as whom: what tells a refusal before the handler from
 * a handler that ran and refused afterwards. Import it into the service's test context.
 */
@Configuration(proxyBeanMethods = false)
public class ReachedHandlers implements WebMvcConfigurer, HandlerInterceptor {

    /** @param caller the principal's name, null when anonymous */
    public record Reached(String method, String path, String caller) {
    }

    private final List<Reached> reached = new CopyOnWriteArrayList<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Spring MVC answers OPTIONS with a handler of its own that only lists the methods: no controller runs
        if (handler instanceof HandlerMethod method && !method.getBeanType().getSimpleName().equals("HttpOptionsHandler")) {
            Principal caller = request.getUserPrincipal();
            reached.add(new Reached(request.getMethod(), request.getRequestURI(), caller == null ? null : caller.getName()));
        }
        return true;
    }

    /** What reached a handler since the last call, forgetting it. */
    public List<Reached> drain() {
        List<Reached> since = List.copyOf(reached);
        reached.removeAll(since);
        return since;
    }
}
