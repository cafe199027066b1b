package vn.quyentreem.portal.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Serves anonymous GETs of public pages from {@link PageCache}. Anyone signed in (a session cookie or
 * credentials) always gets a fresh render, and only complete 200 responses that set no cookie are kept.
 */
public class PageCacheFilter extends HttpFilter {

    @Inject
    PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        PageCache.Entry entry = cache.get(key);
        if (entry == null) {
            long generation = cache.generation();
            CapturingResponse capture = new CapturingResponse(response);
            chain.doFilter(request, capture);
            byte[] body = capture.body();
            // a page that opened a session is someone's own page, not a public one
            boolean personal = capture.setsCookie() || request.getSession(false) != null;
            if (capture.getStatus() == HttpServletResponse.SC_OK && !personal && body.length > 0) {
                entry = new PageCache.Entry(200, capture.getContentType(), body, etag(body), System.currentTimeMillis());
                cache.put(key, entry, generation);
            } else {
                capture.replay();
                return;
            }
        }
        write(request, response, entry);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, PageCache.Entry entry)
            throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Cache-Control", cacheControl(request.getRequestURI()));
        if (entry.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(entry.status());
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    /**
     * Pages that can show a child (entries, galleries, results, laureates) must be asked for again every time:
     * after a guardian withdraws, no browser or proxy may keep showing them, even for a minute. The ETag keeps
     * that revalidation cheap.
     */
    static String cacheControl(String uri) {
        for (String prefix : SHOWING_CHILDREN) {
            if (uri.startsWith(prefix)) {
                return "no-cache";
            }
        }
        return "public, max-age=60";
    }

    private static final String[] SHOWING_CHILDREN = {"/bai-du-thi", "/cuoc-thi", "/giai-thuong", "/api/v1/contests",
            "/api/v1/awards", "/contest", "/award"};

    private static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        if (request.getHeader("Authorization") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("JSESSIONID".equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
