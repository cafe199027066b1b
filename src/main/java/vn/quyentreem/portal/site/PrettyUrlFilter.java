package vn.quyentreem.portal.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.platform.Slugs;

import java.io.IOException;
import java.util.Map;

/**
 * Human-readable URLs in Vietnamese (/bai-viet/{slug}, /chuyen-muc/{code}, /the/{slug}, /chien-dich/{slug},
 * /hoi-vien/{slug}, /su-kien/{slug}, /cuoc-thi/{slug}, /bai-du-thi/{code}, /giai-thuong/{slug}/{year}) forwarded to
 * the Faces views that render them, as the route table {@link PublicPath} says. Anything that is not a
 * well-formed slug is a 404 straight away.
 */
public class PrettyUrlFilter extends HttpFilter {

    /** A contest's own sub-pages: /cuoc-thi/{slug}/binh-chon and /cuoc-thi/{slug}/ket-qua. */
    private static final Map<String, String> CONTEST_PAGES = Map.of(
            PublicPath.GALLERY, "/contest-gallery.xhtml?slug=",
            PublicPath.RESULTS, "/contest-results.xhtml?slug=");

    private static final Map<String, String> PAGES = Map.of(
            "/tim-kiem", "/search.xhtml",
            "/thu-vien", "/library.xhtml",
            "/chien-dich", "/campaigns.xhtml",
            "/cau-lac-bo", "/club.xhtml",
            "/cau-lac-bo/hoi-vien", "/members.xhtml",
            "/cuoc-thi", "/contests.xhtml",
            "/giai-thuong", "/awards.xhtml",
            "/gioi-thieu", "/about.xhtml",
            "/quyen-rieng-tu", "/privacy.xhtml",
            "/lien-he", "/contact.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = PAGES.get(path);
        if (page != null) {
            request.getRequestDispatcher(page).forward(request, response);
            return;
        }
        String[] parts = path.split("/", -1);
        if (parts.length == 4 && PublicPath.CONTEST.is(parts[1]) && CONTEST_PAGES.containsKey(parts[3])) {
            if (!Slugs.isValid(parts[2])) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.getRequestDispatcher(CONTEST_PAGES.get(parts[3]) + parts[2]).forward(request, response);
            return;
        }
        if (parts.length == 4 && PublicPath.AWARD.is(parts[1])) {
            if (!Slugs.isValid(parts[2]) || !parts[3].matches("\\d{4}")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.getRequestDispatcher("/award-year.xhtml?slug=" + parts[2] + "&year=" + parts[3]).forward(request, response);
            return;
        }
        // "/bai-viet/abc" splits into "", "bai-viet", "abc"
        String target = parts.length == 3 ? PublicPath.byPrefix(parts[1]).map(PublicPath::view).orElse(null) : null;
        if (target == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!Slugs.isValid(parts[2])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(target + parts[2]).forward(request, response);
    }
}
