package org.marketplace.complaints.web.spa;

import java.io.IOException;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * The app routes in the browser (/my/complaints, /complaints/{id}…): a reload or a shared link asks this service for
 * such a path, and the answer must be index.html, which then shows the right page. Real files are served as they
 * are; the paths of this service's own endpoints are never the app, so an unknown one stays a 404.
 */
class IndexFallback extends PathResourceResolver {

    static final String INDEX = "index.html";
    private static final List<String> NOT_THE_APP = List.of("api/", "auth/", "actuator/", "oauth2/", "login/", "assets/");

    @Override
    @Nullable
    protected Resource getResource(String resourcePath, Resource location) throws IOException {
        Resource file = super.getResource(resourcePath, location);
        if (file != null) {
            return file;
        }
        if (NOT_THE_APP.stream().anyMatch(resourcePath::startsWith)) {
            return null;
        }
        return super.getResource(INDEX, location);
    }
}
