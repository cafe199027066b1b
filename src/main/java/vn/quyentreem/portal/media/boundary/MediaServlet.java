package vn.quyentreem.portal.media.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.media.control.MediaFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Serves stored images. Names are checked against a strict pattern, so no path can leave media/. */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    @Inject
    MediaFiles media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Path> file = media.find(path == null ? null : path.substring(1));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = file.get().getFileName().toString();
        response.setContentType(name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // a stored name never changes content: images are written once
        response.setHeader("Cache-Control", "public, max-age=604800, immutable");
        response.setContentLengthLong(Files.size(file.get()));
        Files.copy(file.get(), response.getOutputStream());
    }
}
