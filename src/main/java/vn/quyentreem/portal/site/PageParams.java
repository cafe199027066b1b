package vn.quyentreem.portal.site;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/** Small helpers shared by the public views' backing beans. */
public final class PageParams {

    private PageParams() {
    }

    /** The page number in ?trang=, 1 when absent; empty when it is not a positive whole number. */
    public static OptionalInt pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.of(1);
        }
        if (!value.matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(value);
        return page >= 1 ? OptionalInt.of(page) : OptionalInt.empty();
    }

    /** Ends the current Faces request with the portal's 404 page. */
    public static void notFound() {
        sendError(404, "Không tìm thấy trang");
    }

    /** Ends the current Faces request with the portal's 403 page: signed in, but not in a role that may. */
    public static void forbidden() {
        sendError(403, "Bạn không có quyền xem trang này");
    }

    private static void sendError(int status, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
