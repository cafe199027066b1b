package vn.quyentreem.portal.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * Headers that keep any content that slipped past the Markdown renderer from running script, keep pages out of
 * other sites' frames and features, and keep browsers on HTTPS once they have used it.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    static final String CSP = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // forms and links carry Vietnamese in UTF-8; the container would otherwise read ISO-8859-1
            request.setCharacterEncoding("UTF-8");
        }
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // the portal needs none of the powerful features: no page, nor anything embedded in one, may ask for them
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            // once a browser has reached the portal over HTTPS, it never tries plain HTTP again (browsers ignore
            // the header over HTTP, so it is only sent where it means something)
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        response.setLocale(VIETNAMESE);
        chain.doFilter(request, response);
    }
}
