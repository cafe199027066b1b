package vn.quyentreem.portal.media.boundary;

import jakarta.servlet.http.Part;
import vn.quyentreem.portal.media.control.MediaLibrary;

import java.io.IOException;
import java.io.InputStream;

/** An image sent with a form, read only when it is within the limit, so an oversized one never fills memory. */
public final class Uploads {

    private Uploads() {
    }

    /** The bytes of the uploaded image, or null when no file was chosen. */
    public static byte[] image(Part part) throws MediaLibrary.Refused {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        if (part.getSize() > MediaLibrary.MAX_BYTES) {
            throw new MediaLibrary.Refused("Ảnh quá lớn: tối đa 10 MB");
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new MediaLibrary.Refused("Không đọc được tệp tải lên");
        }
    }
}
