package vn.quyentreem.portal.accounts.boundary;

import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Roles;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Guards the editorial (/bien-tap/), jury (/giam-khao/) and admin (/quan-tri/) areas: strangers are sent to sign in and
 * brought back afterwards; signed-in people without the role get a 403 page. Those pages are never cached.
 */
public class EditorialAreaFilter extends HttpFilter {

    public static final String SIGN_IN = "/tai-khoan/dang-nhap.xhtml";

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("Cache-Control", "no-store");
        if (!currentUser.isSignedIn()) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + ReturnAddress.signInThenTo(back));
            return;
        }
        boolean allowed = path.startsWith("/quan-tri/") ? currentUser.isAdmin()
                : path.startsWith("/giam-khao/") ? currentUser.hasRole(Roles.JURY) : currentUser.isWriter();
        if (!allowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
