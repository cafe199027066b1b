package vn.quyentreem.portal.media.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.store.DataDirectory;
import vn.quyentreem.portal.testing.TestImages;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MediaFilesTest {

    @TempDir
    Path data;

    @Test
    void storedImagesLoseTheirMetadataAndGetRenditions() throws IOException {
        MediaFiles files = new MediaFiles(DataDirectory.at(data));
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(jpegWithComment(2000, 1000, "GPS 21.0285 105.8542")));
        String name = files.store(image, "le-khai-giang");
        assertEquals("le-khai-giang.jpg", name);
        byte[] stored = Files.readAllBytes(data.resolve("media").resolve(name));
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("GPS"), "metadata does not survive");
        assertEquals(MediaFiles.MAX_WIDTH, ImageIO.read(data.resolve("media").resolve(name).toFile()).getWidth());
        assertEquals(480, ImageIO.read(data.resolve("media/le-khai-giang-480w.jpg").toFile()).getWidth());
        assertEquals(960, ImageIO.read(data.resolve("media/le-khai-giang-960w.jpg").toFile()).getWidth());
        assertEquals("/media/le-khai-giang-480w.jpg 480w, /media/le-khai-giang-960w.jpg 960w, /media/le-khai-giang.jpg 1600w",
                files.srcset("/media/le-khai-giang.jpg", 1600));
        assertEquals("le-khai-giang-2.jpg", files.store(image, "le-khai-giang"), "names are never reused");
    }

    @Test
    void transparentImagesStayPng() throws IOException {
        MediaFiles files = new MediaFiles(DataDirectory.at(data));
        String name = files.store(new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB), "logo");
        assertEquals("logo.png", name);
        assertTrue(files.find("logo.png").isPresent());
        assertFalse(files.find("logo-480w.png").isPresent(), "no rendition wider than the original");
    }

    @Test
    void onlyWellFormedNamesAreServed() {
        MediaFiles files = new MediaFiles(DataDirectory.at(data));
        assertTrue(files.find("../store/portal-store.mv.db").isEmpty());
        assertTrue(files.find("anh.svg").isEmpty());
        assertTrue(files.find(null).isEmpty());
        assertNull(files.srcset("https://example.org/a.jpg", 100));
    }

    @Test
    void contentIsRecognisedByItsBytesNotItsName() throws IOException {
        assertEquals("jpeg", MediaLibrary.sniff(jpegWithComment(10, 10, "x")));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        assertEquals("png", MediaLibrary.sniff(png.toByteArray()));
        assertEquals("webp", MediaLibrary.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(MediaLibrary.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertNull(MediaLibrary.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertNull(MediaLibrary.sniff(new byte[0]));
    }

    /** A JPEG carrying a comment segment, standing in for camera metadata. */
    static byte[] jpegWithComment(int width, int height, String comment) throws IOException {
        return TestImages.jpegWithComment(width, height, comment);
    }
}
