package vn.quyentreem.portal.library.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextExtractionTest {

    private static final Path LIBRARY = Path.of(System.getProperty("user.dir"), "content", "library");

    @Test
    void readsTheVietnameseTextOfThePdfAndTheDocx() throws Exception {
        String pdf = nfc(TextExtraction.extract(Files.readAllBytes(LIBRARY.resolve("huong-dan-giam-sat-quyen-tre-em.pdf")),
                "huong-dan-giam-sat-quyen-tre-em.pdf"));
        assertTrue(pdf.contains("Tổng đài quốc gia bảo vệ trẻ em 111"), pdf.substring(0, 300));
        String docx = nfc(TextExtraction.extract(Files.readAllBytes(LIBRARY.resolve("ky-nang-song-cho-tre-em-mua-he.docx")),
                "ky-nang-song-cho-tre-em-mua-he.docx"));
        assertTrue(docx.contains("đuối nước"), docx.substring(0, 300));
    }

    @Test
    void eachPageOfAPdfStartsWithAFormFeed() throws Exception {
        String pdf = nfc(TextExtraction.extract(Files.readAllBytes(LIBRARY.resolve("huong-dan-giam-sat-quyen-tre-em.pdf")),
                "huong-dan-giam-sat-quyen-tre-em.pdf"));
        String[] pages = pdf.split(String.valueOf(TextExtraction.PAGE_BREAK), -1);
        assertEquals(4, pages.length, "three pages, each after a form feed");
        assertTrue(pages[0].isBlank());
        assertTrue(pages[2].strip().startsWith("Phần 2."), pages[2]);
        assertTrue(pages[3].strip().startsWith("Phần 3."), pages[3]);
        String text = TextExtraction.extract("một\ftrang".getBytes(StandardCharsets.UTF_8), "ghi-chu.txt");
        assertEquals(-1, text.indexOf(TextExtraction.PAGE_BREAK), "only a PDF has pages");
    }

    @Test
    void markdownAndTextAreReadAsTheyAre() throws Exception {
        assertTrue(TextExtraction.extract("# Tiêu đề\nNội dung".getBytes(StandardCharsets.UTF_8), "a.md").contains("Nội dung"));
    }

    @Test
    void aMarkdownDocumentsFrontMatterIsNotPartOfItsText() throws Exception {
        String text = TextExtraction.extract(Files.readAllBytes(LIBRARY.resolve("ky-nang-phong-van-tre-em-cho-phong-vien.md")),
                "ky-nang-phong-van-tre-em-cho-phong-vien.md");
        assertFalse(text.contains("title:"), text.substring(0, 200));
        assertFalse(text.contains("membersOnly"), text.substring(0, 200));
        assertTrue(text.startsWith("Tiếng nói của trẻ em"), text.substring(0, 200));
        // opening dashes that are no front matter (a thematic break, then text) stay as they were
        String ruled = "---\nMột đoạn\n\nkhông có dòng đóng";
        assertEquals(ruled, TextExtraction.extract(ruled.getBytes(StandardCharsets.UTF_8), "b.md"));
    }

    @Test
    void aDamagedFileFailsAloneWithAMessage() {
        TextExtraction.Refused e = assertThrows(TextExtraction.Refused.class,
                () -> TextExtraction.extract("%PDF-1.7 rác không phải PDF".getBytes(StandardCharsets.UTF_8), "hong.pdf"));
        assertTrue(e.getMessage().contains("hỏng"), e.getMessage());
    }

    @Test
    void aFileIsWhatItsContentSaysNotWhatItsNameSays() {
        TextExtraction.Refused e = assertThrows(TextExtraction.Refused.class,
                () -> TextExtraction.extract("chỉ là văn bản".getBytes(StandardCharsets.UTF_8), "doi-ten.pdf"));
        assertTrue(e.getMessage().contains("không phải PDF"), e.getMessage());
    }

    @Test
    void aZipBombDressedAsADocxIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        assertThrows(TextExtraction.Refused.class, () -> TextExtraction.extract(bytes.toByteArray(), "bom.docx"));
    }

    @Test
    void onlyTheKnownKindsAndSizes() {
        assertThrows(TextExtraction.Refused.class, () -> TextExtraction.extract(new byte[10], "virus.exe"));
        assertThrows(TextExtraction.Refused.class, () -> TextExtraction.extract(new byte[10], "khong-co-duoi"));
        assertThrows(TextExtraction.Refused.class,
                () -> TextExtraction.extract(new byte[(int) TextExtraction.MAX_FILE_BYTES + 1], "lon.pdf"));
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
