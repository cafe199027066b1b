package vn.quyentreem.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;

import vn.quyentreem.portal.site.SiteSettings;

/**
 * Refuses API writes sent as HTML-form content types. A page on another site can only submit forms, so this
 * keeps a browser's remembered Basic credentials from being used across sites (the API has no session to
 * protect, and does not read one).
 */
@Provider
public class FormPostGuard implements ContainerRequestFilter {

    @Inject
    SiteSettings site;

    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null || !FORM_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            return;
        }
        // document uploads and contest entries are multipart by design; a browser posting one from another site
        // says so in Origin
        String path = request.getUriInfo().getPath();
        boolean upload = (path.equals("/documents") || path.matches("/(contests/[a-z0-9-]+/entries|awards/[a-z0-9-]+/nominations)"))
                && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        String origin = request.getHeaderString("Origin");
        if (!upload || (origin != null && !origin.equals(site.getBaseUrl()))) {
            request.abortWith(ApiError.response(415, "API chỉ nhận nội dung application/json"));
        }
    }
}
