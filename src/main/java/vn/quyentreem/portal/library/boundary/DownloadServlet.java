package vn.quyentreem.portal.library.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.ReturnAddress;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.platform.Slugs;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Downloads, always as attachments (a document never opens as a page of the portal); members-only documents
 * need a signed-in account.
 */
@WebServlet("/tep-tai-lieu/*")
public class DownloadServlet extends HttpServlet {

    @Inject
    Library library;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<LibraryDocument> found = Slugs.isValid(slug) ? library.publishedBySlug(slug) : Optional.empty();
        if (found.isEmpty() || !Files.isRegularFile(library.file(found.get()))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LibraryDocument d = found.get();
        if (d.isMembersOnly() && !currentUser.isSignedIn()) {
            response.sendRedirect(request.getContextPath() + ReturnAddress.signInThenTo(PublicPath.DOCUMENT.of(slug)));
            return;
        }
        response.setContentType(d.getContentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + d.getFileName() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", d.isMembersOnly() ? "private, no-store" : "public, max-age=3600");
        response.setContentLengthLong(Files.size(library.file(d)));
        Files.copy(library.file(d), response.getOutputStream());
    }
}
