package vn.quyentreem.portal.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.media.entity.MediaItem;
import vn.quyentreem.portal.media.entity.MediaItems;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.platform.Slugs;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Takes images into the media library: JPEG, PNG or WebP as shown by their content (never their name), within
 * size limits, described with alt text, and re-encoded without metadata.
 */
@ApplicationScoped
public class MediaLibrary {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    /**
     * What a decoded picture may take of the heap (-Xmx512m): a 40-megapixel photo in 3 bytes a pixel. Counting
     * pixels alone let a 16-bit RGBA PNG (8 bytes a pixel) under the pixel cap take 320 MB.
     */
    static final long MAX_DECODED_BYTES = 120L * 1024 * 1024;
    static final int MAX_ALT = 250;

    /** An upload the library will not take, with the reason in Vietnamese. */
    public static class Refused extends Refusal {
        /** A problem with the uploaded file (field "file"). */
        public Refused(String message) {
            this("file", message);
        }

        public Refused(String field, String message) {
            super(400, List.of(new Problem(field, message)));
        }
    }

    @Inject
    MediaFiles files;

    @Inject
    MediaItems items;

    @Inject
    AuditLog audit;

    @PostConstruct
    void registerReaders() {
        // plugins in the web app (the WebP reader) are not seen by ImageIO until it scans again
        ImageIO.scanForPlugins();
    }

    public List<MediaItem> latest(int max) {
        // a library holds hundreds of images, not millions: sorting them here is cheap and certain
        return items.findAll().sorted(Comparator.comparing(MediaItem::getUploadedAt).reversed()).limit(max).toList();
    }

    public MediaItem upload(byte[] content, String originalName, String alt, Account uploader) throws Refused {
        String description = alt == null ? "" : alt.strip();
        if (description.isEmpty()) {
            throw new Refused("alt", "Hãy mô tả ảnh (văn bản thay thế) cho người đọc khiếm thị trước khi tải lên");
        }
        if (description.length() > MAX_ALT) {
            throw new Refused("alt", "Mô tả ảnh dài quá " + MAX_ALT + " ký tự");
        }
        BufferedImage image = readImage(content);
        String format = sniff(content);
        String base = Slugs.of(originalName == null ? "" : originalName.replaceFirst("\\.[^.]+$", ""));
        try {
            String name = files.store(image, base.isEmpty() ? Slugs.of(description) : base);
            long size = Files.size(files.directory().resolve(name));
            MediaItem item = new MediaItem(name, description, Math.min(image.getWidth(), MediaFiles.MAX_WIDTH),
                    image.getHeight() * Math.min(image.getWidth(), MediaFiles.MAX_WIDTH) / image.getWidth(), size,
                    uploader.getUsername());
            items.insert(item);
            audit.record(uploader.getUsername(), "tải ảnh lên", "media", name, description, format);
            return item;
        } catch (IOException e) {
            throw new Refused("Không lưu được ảnh: " + e.getMessage());
        }
    }

    /**
     * The picture in an uploaded file, checked by its content (JPEG, PNG or WebP), its size and the memory its
     * pixels take, turned the way the camera says it was held. Only the pixels are kept: re-encoding them later
     * leaves EXIF, GPS position and comments behind, so the EXIF orientation must be applied here or a phone's
     * portrait photo is shown lying on its side.
     */
    public static BufferedImage readImage(byte[] content) throws Refused {
        if (content == null || content.length == 0) {
            throw new Refused("Hãy chọn một tệp ảnh");
        }
        if (content.length > MAX_BYTES) {
            throw new Refused("Ảnh quá lớn: tối đa 10 MB");
        }
        String format = sniff(content);
        if (format == null) {
            throw new Refused("Chỉ nhận ảnh JPEG, PNG hoặc WebP (kiểm tra theo nội dung tệp, không theo tên)");
        }
        BufferedImage image = decode(content, format);
        int orientation = "jpeg".equals(format) ? ExifOrientation.of(content) : ExifOrientation.NORMAL;
        return ExifOrientation.applied(image, orientation, MediaFiles.MAX_WIDTH);
    }

    /** The format the bytes really are, by their signature; null for anything else. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return "png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** Bytes a pixel takes once decoded, as the reader will lay it out (16-bit channels count double). */
    private static long bytesPerPixel(ImageReader reader) throws IOException {
        javax.imageio.ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<javax.imageio.ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 4;
        }
        int bits = 0;
        for (int band = 0; band < type.getNumBands(); band++) {
            bits += type.getBitsPerBand(band);
        }
        return Math.max(1, (bits + 7) / 8);
    }

    private static BufferedImage decode(byte[] content, String format) throws Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new Refused("Máy chủ chưa đọc được ảnh " + format.toUpperCase());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // refuse a decompression bomb before allocating it: by pixels, and by the bytes they decode to
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS || pixels * bytesPerPixel(reader) > MAX_DECODED_BYTES) {
                    throw new Refused("Ảnh có kích thước quá lớn (tối đa 40 triệu điểm ảnh, "
                            + MAX_DECODED_BYTES / (1024 * 1024) + " MB khi giải nén)");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (Refused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new Refused("Tệp ảnh bị hỏng hoặc không đọc được");
        }
    }
}
