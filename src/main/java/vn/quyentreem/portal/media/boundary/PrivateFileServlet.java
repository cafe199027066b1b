package vn.quyentreem.portal.media.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.media.entity.PrivateFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Serves a file kept with an entry or a nomination at {@code …/{ownerId}/{file}}. The feature says who may see its
 * owner; anyone else, and anyone once the owner is withdrawn, gets a 404, as if the file never existed. A PDF is
 * always handed over as a download, and nothing is ever run in the portal's origin (a sandboxing policy), whatever
 * the file holds.
 */
public abstract class PrivateFileServlet extends HttpServlet {

    /**
     * The owner of files as its feature shows it to the person asking now.
     *
     * @param code     names a downloaded PDF
     * @param isPublic anyone may see it; then shared caches may keep it, though they must ask again each time
     * @param mayLook  asked only when it is not public: whether this signed-in person may
     */
    public record Owner(List<PrivateFile> files, String code, boolean isPublic, BooleanSupplier mayLook) {
    }

    @Inject
    PrivateFiles files;

    /** The active owner with this id, or nothing. */
    protected abstract Optional<Owner> owner(String id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        Optional<Owner> owner = parts.length == 3 ? owner(parts[1]) : Optional.empty();
        Optional<PrivateFile> file = owner.flatMap(o -> o.files().stream().filter(f -> f.getName().equals(parts[2])).findFirst());
        Optional<Path> path = file.flatMap(f -> files.find(f.getName()));
        if (path.isEmpty() || !(owner.get().isPublic() || owner.get().mayLook().getAsBoolean())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, path.get(), file.get(), owner.get().code(), owner.get().isPublic());
    }

    private static void send(HttpServletResponse response, Path path, PrivateFile file, String downloadName,
                             boolean cacheable) throws IOException {
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
