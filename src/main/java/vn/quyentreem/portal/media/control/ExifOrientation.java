package vn.quyentreem.portal.media.control;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The EXIF Orientation of a JPEG (read with TwelveMonkeys' metadata reader, already here for WebP) and the picture
 * turned accordingly. Phones store a portrait photo as a landscape image plus this tag; once the tag is stripped
 * with the rest of the metadata, only the pixels say which way is up.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The orientation tag, 1 to 8; {@link #NORMAL} when there is none or it cannot be read. */
    static int of(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return NORMAL;
            }
            InputStream data = exif.get(0).data();
            // the identifier "Exif" is followed by two zero bytes before the TIFF header
            if (data.read() < 0) {
                return NORMAL;
            }
            try (ImageInputStream tiff = ImageIO.createImageInputStream(data)) {
                Directory directory = new TIFFReader().read(tiff);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry == null || !(entry.getValue() instanceof Number value)) {
                    return NORMAL;
                }
                int orientation = value.intValue();
                return orientation >= 1 && orientation <= 8 ? orientation : NORMAL;
            }
        } catch (IOException | RuntimeException e) {
            // a tag we cannot read is no reason to refuse the picture
            return NORMAL;
        }
    }

    /**
     * The picture as it should be seen. A turned picture is made at most maxWidth wide in the same step, so a
     * large photo is not held twice at full size.
     */
    static BufferedImage applied(BufferedImage image, int orientation, int maxWidth) {
        if (orientation == NORMAL) {
            return image;
        }
        boolean swapped = orientation >= 5;
        int width = swapped ? image.getHeight() : image.getWidth();
        int height = swapped ? image.getWidth() : image.getHeight();
        double scale = Math.min(1.0, maxWidth / (double) width);
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(w, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(w, h); t.rotate(Math.PI / 2); t.scale(-1, 1); }
            default -> { t.translate(0, h); t.rotate(-Math.PI / 2); }
        }
        t.scale(scale, scale);
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (!alpha) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }
}
