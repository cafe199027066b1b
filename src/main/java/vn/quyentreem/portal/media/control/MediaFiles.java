package vn.quyentreem.portal.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.platform.DataDirectory;
import vn.quyentreem.portal.platform.Slugs;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/** Images kept in the data directory under media/, served at /media/{name}. */
@ApplicationScoped
public class MediaFiles {

    public static final String URL_PREFIX = "/media/";
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

    /**
     * Decodes the image and writes it again as JPEG: whatever metadata the original carried
     * (camera, GPS position) does not survive. Returns the public URL.
     */
    public String importImage(Path source) throws IOException {
        BufferedImage image = ImageIO.read(source.toFile());
        if (image == null) {
            throw new IOException("không phải tệp ảnh đọc được: " + source.getFileName());
        }
        String base = source.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String name = Slugs.of(base) + ".jpg";
        Path target = directory().resolve(name);
        if (!Files.exists(target)) {
            Path temp = Files.createTempFile(directory(), "import-", ".tmp");
            writeJpeg(toRgb(image), temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return URL_PREFIX + name;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
