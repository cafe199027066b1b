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

    /**
     * A JPEG as a phone stores a portrait photo: pixels laid out sideways plus an EXIF Orientation tag. The left
     * half of the stored pixels is red and the right half blue.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        byte[] jpeg = plain.toByteArray();
        // APP1 "Exif\0\0", a big-endian TIFF header and one IFD holding only Orientation (tag 0x0112, SHORT)
        java.nio.ByteBuffer app1 = java.nio.ByteBuffer.allocate(36);
        app1.putShort((short) 0xFFE1).putShort((short) 34).put("Exif".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0);
        app1.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        app1.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
                .putShort((short) 0).putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(app1.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The start of a PNG whose header announces a picture of the given size and layout; its pixels never come. */
    public static byte[] pngHeader(int width, int height, int bitDepth, int colourType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height).put((byte) bitDepth)
                .put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        out.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** A one-page PDF whose document information and XMP name the child and the school, as Word writes them. */
    public static byte[] pdfNaming(String author, String title) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.getDocumentInformation().setAuthor(author);
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Microsoft Word");
            String xmp = "<?xpacket begin=''?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf="
                    + "'http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                    + "<dc:creator>" + author + "</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
            org.apache.pdfbox.pdmodel.common.PDMetadata metadata = new org.apache.pdfbox.pdmodel.common.PDMetadata(document);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            document.getDocumentCatalog().setMetadata(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
