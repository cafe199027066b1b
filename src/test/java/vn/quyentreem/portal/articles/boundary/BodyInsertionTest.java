package vn.quyentreem.portal.articles.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyInsertionTest {

    private static final String IMAGE = "![Trẻ em đọc sách](/media/doc-sach.jpg)";

    @Test
    void atTheCursorOnLinesOfItsOwn() {
        assertEquals("Đoạn một.\n\n" + IMAGE + "\n\nĐoạn hai.",
                BodyInsertion.at("Đoạn một.\n\nĐoạn hai.", "10", IMAGE));
    }

    @Test
    void theCursorCountsALineBreakAsTheBrowserDoes() {
        // posted with CRLF, counted by the script with LF: offset 10 is the start of "Đoạn hai."
        assertEquals("Đoạn một.\n\n" + IMAGE + "\n\nĐoạn hai.",
                BodyInsertion.at("Đoạn một.\r\nĐoạn hai.", "10", IMAGE));
    }

    @Test
    void atTheEndWithoutAUsableCursor() {
        String expected = "Bài viết.\n\n" + IMAGE + "\n";
        assertEquals(expected, BodyInsertion.at("Bài viết.", null, IMAGE));
        assertEquals(expected, BodyInsertion.at("Bài viết.", "không phải số", IMAGE));
        assertEquals(expected, BodyInsertion.at("Bài viết.", "-3", IMAGE));
        assertEquals(expected, BodyInsertion.at("Bài viết.", "999999", IMAGE));
        assertEquals(IMAGE + "\n", BodyInsertion.at(null, "0", IMAGE));
    }

    @Test
    void neverBetweenTheHalvesOfAnEmoji() {
        assertEquals(IMAGE + "\n\n🙂chào", BodyInsertion.at("🙂chào", "1", IMAGE));
    }
}
