package org.marketplace.complaints.web.spa;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the app that Vite builds into classpath:/static (target/classes/static). Vite names every file under
 * /assets by its content hash, so those are cached for a year and never revalidated; everything else, index.html
 * above all, is revalidated on each load (no-cache), so a deployment reaches the browser at the next visit.
 * Boot's own static mapping is off (spring.web.resources.add-mappings=false): these two are the only ones.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageApp implements WebMvcConfigurer {

    private final String location;

    /**
     * @param location where the built app is: the jar's own copy, or (for the browser tests and front-end work) a
     *                 folder that `npm run build` rewrites, e.g. file:complaint-web/target/classes/static/
     */
    SinglePageApp(@Value("${complaints.web.static-location:classpath:/static/}") String location) {
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // a missing hashed asset is a 404, not the index page: a browser must not run HTML as a script
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(location + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/**")
                .addResourceLocations(location)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new IndexFallback());
    }

    /** The resource handler never resolves the bare "/" (an empty path): it is the app's start page. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/" + IndexFallback.INDEX);
    }
}
