package vn.quyentreem.portal.articles.control;

import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleDraftTest {

    private static ArticleDraft draft(String title, String section, List<String> tags, String cover, String alt) {
        return new ArticleDraft(title, " tóm tắt ", "nội dung", section, tags, cover, alt);
    }

    @Test
    void aGoodDraftIsTrimmedAndItsTagsCleaned() {
        ArticleDraft d = draft("  Tiêu đề  ", "luat-chinh-sach", List.of(" Tổng đài 111 ", "tổng đài 111", "", "!!!"),
                " ", null).checked();
        assertEquals("Tiêu đề", d.title());
        assertEquals("tóm tắt", d.summary());
        assertEquals(List.of("Tổng đài 111"), d.tags(), "duplicates by slug and empty tags are dropped");
        assertNull(d.coverImage());
    }

    @Test
    void aListOfTagsIsRefusedByItsLengthBeforeAnyIsCompared() {
        // every pair of a million tags went through the slug maker before the limit was looked at: hours of a core
        List<String> flood = java.util.stream.IntStream.range(0, 1_000_000).mapToObj(i -> "thẻ " + i).toList();
        assertMessage(draft("Tiêu đề", "luat-chinh-sach", flood, null, null), "Tối đa 10 thẻ");
        assertMessage(draft("Tiêu đề", "luat-chinh-sach", List.of("t".repeat(61)), null, null), "60 ký tự");
        java.util.List<String> nulls = new java.util.ArrayList<>();
        nulls.add(null);
        assertEquals(List.of(), draft("Tiêu đề", "luat-chinh-sach", nulls, null, null).checked().tags());
    }

    @Test
    void refusesWhatWouldBreakAPage() {
        assertMessage(draft(" ", "luat-chinh-sach", null, null, null), "Tiêu đề");
        assertMessage(draft("x".repeat(201), "luat-chinh-sach", null, null, null), "200");
        assertMessage(draft("Tiêu đề", "khong-co", null, null, null), "chuyên mục");
        assertMessage(draft("Tiêu đề", null, null, null, null), "chuyên mục");
        assertMessage(draft("Tiêu đề", "luat-chinh-sach", null, "/media/anh.jpg", " "), "mô tả");
        assertMessage(draft("Tiêu đề", "luat-chinh-sach", null, "javascript:alert(1)", "mô tả"), "thư viện ảnh");
        assertMessage(draft("Tiêu đề", "luat-chinh-sach", null, "https://example.org/a.jpg", "mô tả"), "thư viện ảnh");
        assertMessage(draft("Tiêu đề", "luat-chinh-sach",
                List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11"), null, null), "thẻ");
    }

    @Test
    void tagsTypedOnOneLine() {
        assertEquals(List.of("Trẻ em", " Luật Trẻ em"), ArticleDraft.tagsFromLine("Trẻ em, Luật Trẻ em"));
        assertTrue(ArticleDraft.tagsFromLine(null).isEmpty());
    }

    private static void assertMessage(ArticleDraft draft, String part) {
        PublishingRefusal e = assertThrows(PublishingRefusal.class, draft::checked);
        assertEquals(400, e.status());
        assertTrue(e.getMessage().toLowerCase().contains(part.toLowerCase()), e.getMessage());
    }
}
