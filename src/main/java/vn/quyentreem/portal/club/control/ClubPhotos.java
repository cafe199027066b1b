package vn.quyentreem.portal.club.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.media.control.MediaFiles;
import vn.quyentreem.portal.media.control.MediaLibrary;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Members' portraits: checked by content, re-encoded without metadata, and stored under a random name, so a
 * portrait nobody consented to show cannot be found by guessing its address.
 */
@ApplicationScoped
public class ClubPhotos {

    private static final Logger LOG = Logger.getLogger(ClubPhotos.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    MediaFiles files;

    /** The media URL of the stored portrait. */
    public String store(byte[] content) {
        try {
            var image = MediaLibrary.readImage(content);
            byte[] name = new byte[12];
            RANDOM.nextBytes(name);
            return MediaFiles.URL_PREFIX + files.store(image, "chan-dung-" + HexFormat.of().formatHex(name));
        } catch (MediaLibrary.Refused e) {
            throw ClubRefusal.badInput("Ảnh chân dung: " + e.getMessage());
        } catch (IOException e) {
            throw new ClubRefusal(500, "Không lưu được ảnh chân dung: " + e.getMessage());
        }
    }

    public void delete(String url) {
        try {
            files.delete(url);
        } catch (IOException e) {
            // the record no longer points at it; a stray file is not worth failing the decision for
            LOG.warning("Could not delete portrait " + url + ": " + e.getMessage());
        }
    }
}
