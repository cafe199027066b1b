package vn.quyentreem.portal.testing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Images for tests: a JPEG carrying a comment, standing in for EXIF and GPS data that must not survive an upload. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] jpegWithComment(int width, int height, String comment) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(image), null);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode com = new IIOMetadataNode("com");
        com.setAttribute("comment", comment);
        ((IIOMetadataNode) root.getElementsByTagName("markerSequence").item(0)).appendChild(com);
        metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        if (!new String(out.toByteArray(), StandardCharsets.ISO_8859_1).contains(comment)) {
            throw new IllegalStateException("the comment was not written");
        }
        return out.toByteArray();
    }
}
