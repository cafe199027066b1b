package vn.quyentreem.portal.media.boundary;

import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.media.entity.PrivateFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends a stored entry or nomination file to someone allowed to see it. A PDF is always handed over as a download,
 * and nothing is ever run in the portal's origin (a sandboxing policy), whatever the file holds.
 */
public final class PrivateFileResponse {

    private PrivateFileResponse() {
    }

    public static void send(HttpServletResponse response, Path path, PrivateFile file, String downloadName, boolean cacheable)
            throws IOException {
        response.setContentType(file.getMediaType());
        response.setContentLengthLong(Files.size(path));
        if (!file.isImage()) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + downloadName + ".pdf\"");
        }
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        // even a public work is checked again on every view: once withdrawn, no cache may keep showing a child's picture
        response.setHeader("Cache-Control", cacheable ? "public, no-cache" : "private, no-store");
        Files.copy(path, response.getOutputStream());
    }
}
