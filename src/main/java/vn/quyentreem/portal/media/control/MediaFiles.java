package vn.quyentreem.portal.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.store.DataDirectory;
import vn.quyentreem.portal.platform.Slugs;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image files in the data directory under media/, served at /media/{name}. Every image is decoded and written
 * again, so whatever metadata the original carried (camera, GPS position) never reaches a reader, and smaller
 * renditions are made for phones.
 */
@Named("mediaFiles")
@ApplicationScoped
public class MediaFiles {

    public static final String URL_PREFIX = "/media/";
    public static final int MAX_WIDTH = 1600;
    public static final int[] RENDITIONS = {480, 960};
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|png|webp)");

    @Inject
    DataDirectory dataDirectory;

    public MediaFiles() {
    }

    public MediaFiles(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public Path directory() {
        return dataDirectory.resolve("media");
    }

    /** The stored file for a public name, if the name is well-formed and the file exists. */
    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory().resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** A content file's image, stored once under the slug of its file name. Returns the public URL. */
    public String importImage(Path source) throws IOException {
        String base = Slugs.of(source.getFileName().toString().replaceFirst("\\.[^.]+$", ""));
        if (find(base + ".jpg").isPresent() || find(base + ".png").isPresent()) {
            return URL_PREFIX + (find(base + ".jpg").isPresent() ? base + ".jpg" : base + ".png");
        }
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            throw new IOException("không phải tệp ảnh đọc được: " + source.getFileName());
        }
        return URL_PREFIX + store(image, base);
    }

    /**
     * Writes the image under a free name made from base: JPEG, or PNG when it has transparency; at most
     * {@link #MAX_WIDTH} wide, with narrower renditions beside it. Returns the stored file name.
     */
    public String store(BufferedImage image, String base) throws IOException {
        boolean alpha = image.getColorModel().hasAlpha();
        String extension = alpha ? ".png" : ".jpg";
        String slug = base == null || base.isBlank() ? "anh" : base;
        String name = slug + extension;
        for (int n = 2; Files.exists(directory().resolve(name)); n++) {
            name = slug + "-" + n + extension;
        }
        BufferedImage main = scaled(image, MAX_WIDTH, alpha);
        write(main, directory().resolve(name), alpha);
        for (int width : RENDITIONS) {
            if (image.getWidth() > width) {
                write(scaled(image, width, alpha), directory().resolve(rendition(name, width)), alpha);
            }
        }
        return name;
    }

    /** Removes a stored image and its renditions, e.g. a portrait whose owner withdrew it. */
    public void delete(String url) throws IOException {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return;
        }
        String name = url.substring(URL_PREFIX.length());
        if (find(name).isEmpty()) {
            return;
        }
        Files.deleteIfExists(directory().resolve(name));
        for (int w : RENDITIONS) {
            Files.deleteIfExists(directory().resolve(rendition(name, w)));
        }
    }

    /** srcset for an image URL: the renditions that exist, then the image itself at its width. */
    public String srcset(String url, int width) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return null;
        }
        String name = url.substring(URL_PREFIX.length());
        List<String> parts = new ArrayList<>();
        for (int w : RENDITIONS) {
            if (find(rendition(name, w)).isPresent()) {
                parts.add(URL_PREFIX + rendition(name, w) + " " + w + "w");
            }
        }
        parts.add(url + " " + width + "w");
        return String.join(", ", parts);
    }

    public static String rendition(String name, int width) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-" + width + "w" + name.substring(dot);
    }

    private static BufferedImage scaled(BufferedImage image, int maxWidth, boolean alpha) {
        int width = Math.min(maxWidth, image.getWidth());
        int height = Math.max(1, (int) Math.round(image.getHeight() * (width / (double) image.getWidth())));
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        if (!alpha) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /**
     * Writes only the pixels of the image, at most {@link #MAX_WIDTH} wide, as name + ".png" (transparency) or
     * ".jpg" in the folder: for images kept outside the public media folder, such as contest entries.
     */
    public static String writeStripped(BufferedImage image, Path folder, String name) throws IOException {
        boolean alpha = image.getColorModel().hasAlpha();
        String file = name + (alpha ? ".png" : ".jpg");
        write(scaled(image, MAX_WIDTH, alpha), folder.resolve(file), alpha);
        return file;
    }

    private static void write(BufferedImage image, Path target, boolean png) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "write-", ".tmp");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!png) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
            }
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(out);
                // no metadata is passed: only pixels are written
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
