package vn.quyentreem.portal.media.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.media.entity.FileRules;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.store.DataDirectory;
import vn.quyentreem.portal.testing.TestImages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivateFilesTest {

    @TempDir
    Path data;

    private static FileRules rules(int maxMb, String... types) {
        FileRules rules = new FileRules();
        rules.setTypes(List.of(types));
        rules.setMin(0);
        rules.setMax(3);
        rules.setMaxMb(maxMb);
        return rules;
    }

    @Test
    void picturesAreStoredWithoutTheirMetadataOutsideTheMediaFolder() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        byte[] photo = TestImages.jpegWithComment(800, 600, "GPS 21.0285 105.8542 Nguyen Van A");
        List<PrivateFile> stored = files.store(List.of(new PrivateFiles.Upload("anh-cua-em.jpg", photo)), rules(2, "image"));
        assertEquals(1, stored.size());
        assertTrue(stored.get(0).isImage());
        Path file = data.resolve("contest-files").resolve(stored.get(0).getName());
        assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("GPS"));
        assertTrue(files.find(stored.get(0).getName()).isPresent());
        assertFalse(Files.exists(data.resolve("media")), "nothing goes where /media/ serves from");
        files.delete(stored);
        assertFalse(Files.exists(file));
    }

    @Test
    void filesAreJudgedByWhatTheyAreNotTheirNames() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        PrivateFiles.Refused disguised = assertThrows(PrivateFiles.Refused.class,
                () -> files.store(List.of(new PrivateFiles.Upload("tranh.png", html)), rules(2, "image", "pdf")));
        assertTrue(disguised.getMessage().contains("kiểm tra theo nội dung"), disguised.getMessage());
        byte[] pdf = TestImages.pdfNaming("Bé", "Bài");
        PrivateFiles.Refused wrongKind = assertThrows(PrivateFiles.Refused.class,
                () -> files.store(List.of(new PrivateFiles.Upload("tranh.jpg", pdf)), rules(2, "image")));
        assertTrue(wrongKind.getMessage().contains("chỉ nhận ảnh"), wrongKind.getMessage());
        assertEquals("pdf", files.store(List.of(new PrivateFiles.Upload("bai.pdf", pdf)), rules(2, "pdf")).get(0).getKind());
    }

    @Test
    void pdfsLoseWhatNamesTheChild() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        byte[] pdf = TestImages.pdfNaming("Nguyễn Văn An", "Bài dự thi – Trường Tiểu học Hoàng Văn Thụ");
        assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).contains("Microsoft Word"), "the test file names its maker");
        PrivateFile stored = files.store(List.of(new PrivateFiles.Upload("bai.pdf", pdf)), rules(2, "pdf")).get(0);
        byte[] kept = Files.readAllBytes(data.resolve("contest-files").resolve(stored.getName()));
        String raw = new String(kept, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Microsoft Word") || raw.contains("xmpmeta") || raw.contains("dc:creator"), raw);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(kept)) {
            assertEquals(1, document.getNumberOfPages(), "the work itself is kept");
            assertEquals(null, document.getDocumentInformation().getAuthor());
            assertEquals(null, document.getDocumentInformation().getTitle());
            assertEquals(null, document.getDocumentCatalog().getMetadata());
        }
        assertEquals(kept.length, stored.getSize());
    }

    @Test
    void pdfsStoredBeforeStrippingAreCleanedOnce() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        Path folder = Files.createDirectories(data.resolve("contest-files"));
        Path old = folder.resolve("0123456789abcdef0123456789abcdef.pdf");
        Files.write(old, TestImages.pdfNaming("Nguyễn Văn An", "Bài của em"));
        assertEquals(1, files.stripStoredPdfs());
        assertFalse(new String(Files.readAllBytes(old), StandardCharsets.ISO_8859_1).contains("Microsoft Word"));
        assertEquals(0, files.stripStoredPdfs(), "a clean file is left as it is");
    }

    @Test
    void aBrokenPdfIsRefused() {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        byte[] broken = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        PrivateFiles.Refused e = assertThrows(PrivateFiles.Refused.class,
                () -> files.store(List.of(new PrivateFiles.Upload("bai.pdf", broken)), rules(2, "pdf")));
        assertTrue(e.getMessage().contains("PDF bị hỏng"), e.getMessage());
    }

    @Test
    void aPhonePortraitIsStoredUpright() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        // stored 80 wide and 40 high, red left, blue right; orientation 6 means "turn 90° clockwise to view"
        byte[] photo = TestImages.jpegWithOrientation(80, 40, 6);
        PrivateFile stored = files.store(List.of(new PrivateFiles.Upload("chan-dung.jpg", photo)), rules(2, "image")).get(0);
        java.awt.image.BufferedImage upright = javax.imageio.ImageIO.read(data.resolve("contest-files").resolve(stored.getName()).toFile());
        assertEquals(40, upright.getWidth());
        assertEquals(80, upright.getHeight());
        java.awt.Color top = new java.awt.Color(upright.getRGB(20, 10));
        java.awt.Color bottom = new java.awt.Color(upright.getRGB(20, 70));
        assertTrue(top.getRed() > 200 && top.getBlue() < 60, "the left of the stored pixels is the top: " + top);
        assertTrue(bottom.getBlue() > 200 && bottom.getRed() < 60, "the right is the bottom: " + bottom);
    }

    @Test
    void aPictureIsRefusedByTheMemoryItWouldTake() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        // 4,000 × 4,000 is 16 megapixels, under the pixel cap, but 16-bit RGBA makes it 128 MB decoded
        byte[] deep = TestImages.pngHeader(4000, 4000, 16, 6);
        PrivateFiles.Refused e = assertThrows(PrivateFiles.Refused.class,
                () -> files.store(List.of(new PrivateFiles.Upload("sau.png", deep)), rules(2, "image")));
        assertTrue(e.getMessage().contains("quá lớn"), e.getMessage());
    }

    @Test
    void anOversizedFileIsRefusedAndNothingOfTheSetIsKept() throws IOException {
        PrivateFiles files = new PrivateFiles(DataDirectory.at(data));
        byte[] small = TestImages.jpegWithComment(200, 100, "nho");
        byte[] big = new byte[1024 * 1024 + 1];
        System.arraycopy(small, 0, big, 0, small.length);
        PrivateFiles.Refused e = assertThrows(PrivateFiles.Refused.class, () -> files.store(List.of(
                new PrivateFiles.Upload("nho.jpg", small), new PrivateFiles.Upload("to.jpg", big)), rules(1, "image")));
        assertTrue(e.getMessage().contains("tối đa 1 MB"), e.getMessage());
        assertFalse(Files.exists(data.resolve("contest-files")) && Files.list(data.resolve("contest-files")).findAny().isPresent());
    }
}
