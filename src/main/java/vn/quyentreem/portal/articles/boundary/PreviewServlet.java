package vn.quyentreem.portal.articles.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.markdown.MarkdownRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The editor's live preview: Markdown in, the same HTML readers will get out. Behind the editorial-area
 * filter, changes nothing, and uses the one renderer, so the preview cannot differ from the page.
 */
@WebServlet("/bien-tap/xem-truoc")
public class PreviewServlet extends HttpServlet {

    static final int MAX_CHARS = 200_000;

    @Inject
    MarkdownRenderer markdown;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_CHARS * 4 + 1);
        if (bytes.length > MAX_CHARS * 4) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(markdown.toHtml(new String(bytes, StandardCharsets.UTF_8)));
    }
}
