package vn.quyentreem.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import vn.quyentreem.portal.site.SiteSettings;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps another site from writing through the API with a browser's remembered Basic credentials. A page elsewhere
 * can make a browser send only "simple" requests (a form, or a fetch without custom headers: no Content-Type, a
 * form type or text/plain) without asking first. So every write must say {@code Content-Type: application/json},
 * also when it has no body, which a browser sends cross-site only after a preflight this API never grants; and a
 * write that says it comes from another site ({@code Origin}, {@code Sec-Fetch-Site}) is refused whatever it
 * carries. Document uploads, contest entries and award nominations are multipart by design, and stand on the
 * second check alone. Scripts (curl, other servers) send no Origin and are not affected.
 */
@Provider
public class CrossSiteGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** What a browser says of a request its own page, or the user, made. */
    private static final Set<String> OWN = Set.of("same-origin", "none");
    private static final Pattern UPLOADS = Pattern.compile("/documents|/(contests|awards)/[a-z0-9-]+/(entries|nominations)");

    @Inject
    SiteSettings site;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        if (fetchSite != null && !OWN.contains(fetchSite) || origin != null && !own(origin, request)) {
            request.abortWith(ApiError.response(403, "Không nhận yêu cầu ghi gửi từ một trang web khác"));
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                && UPLOADS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        request.abortWith(ApiError.response(415,
                "API chỉ nhận yêu cầu ghi có Content-Type: application/json (cả khi không gửi nội dung)"));
    }

    /** The portal's own address, as configured or as this request reached it. */
    private boolean own(String origin, ContainerRequestContext request) {
        URI base = request.getUriInfo().getBaseUri();
        String reached = base.getScheme() + "://" + base.getAuthority();
        return origin.equals(site.getBaseUrl()) || origin.equals(reached);
    }
}
