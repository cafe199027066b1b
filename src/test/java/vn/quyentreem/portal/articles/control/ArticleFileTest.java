package vn.quyentreem.portal.articles.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFileTest {

    private static final Instant NOW = Instant.parse("2026-05-01T03:00:00Z");

    @Test
    void fullFileBecomesAPublishedArticle() throws Exception {
        Article article = article("""
                ---
                title: "Đoàn kết, đổi mới"
                summary: "  Tóm tắt ngắn.  "
                section: ket-qua-hoat-dong
                tags: ["Đại hội", "Tổng đài 111"]
                author: "Văn phòng Hội"
                publishedAt: "2025-05-28T08:30:00+07:00"
                featured: true
                coverAlt: "Ảnh minh họa"
                ---
                ## Mở đầu

                Nội dung.
                """);
        assertEquals("Đoàn kết, đổi mới", article.getTitle());
        assertEquals("doan-ket-doi-moi", article.getSlug());
        assertEquals("Tóm tắt ngắn.", article.getSummary());
        assertEquals("ket-qua-hoat-dong", article.getSection());
        assertEquals(List.of("Đại hội", "Tổng đài 111"), article.getTags());
        assertEquals(List.of("dai-hoi", "tong-dai-111"), article.getTagSlugs());
        assertEquals("Văn phòng Hội", article.getAuthor());
        assertEquals(Instant.parse("2025-05-28T01:30:00Z"), article.getPublishedAt());
        assertEquals(Instant.parse("2025-05-28T01:30:00Z"), article.getCreatedAt());
        assertEquals(NOW, article.getUpdatedAt());
        assertEquals(PublicationStatus.PUBLISHED, article.getStatus());
        assertTrue(article.isPublished());
        assertTrue(article.isFeatured());
        assertEquals("Ảnh minh họa", article.getCoverAlt());
        assertEquals("## Mở đầu\n\nNội dung.\n", article.getBody());
        assertNull(article.getId(), "the loader assigns ids, not the file");
    }

    @Test
    void minimalFileGetsDefaults() throws Exception {
        Article article = article("---\ntitle: Tin ngắn\nsection: tinh-hinh-tre-em\n---\nNội dung\n");
        assertEquals("tin-ngan", article.getSlug());
        assertEquals("", article.getSummary());
        assertEquals("Ban biên tập", article.getAuthor());
        assertEquals(List.of(), article.getTags());
        assertEquals(List.of(), article.getTagSlugs());
        assertFalse(article.isFeatured());
        assertNull(article.getCoverAlt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"---\nsection: tinh-hinh-tre-em\n---\nb\n",
            "---\ntitle: \"   \"\nsection: tinh-hinh-tre-em\n---\nb\n",
            "---\ntitle:\nsection: tinh-hinh-tre-em\n---\nb\n"})
    void titleIsRequired(String text) {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class, () -> article(text));
        assertEquals("thiếu tiêu đề (title)", e.getMessage());
    }

    @Test
    void sectionIsRequired() {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> article("---\ntitle: Tin\n---\nb\n"));
        assertTrue(e.getMessage().startsWith("chuyên mục (section) không hợp lệ"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tin-tuc", "Ket-Qua-Hoat-Dong", "KET_QUA_HOAT_DONG", "Kết quả hoạt động", "giam-sat"})
    void unknownSectionIsRejected(String section) {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> article("---\ntitle: Tin\nsection: \"" + section + "\"\n---\nb\n"));
        assertEquals("chuyên mục (section) không hợp lệ: " + section, e.getMessage());
    }

    @Test
    void everySectionCodeIsAccepted() throws Exception {
        for (var section : vn.quyentreem.portal.articles.entity.Section.values()) {
            Article article = article("---\ntitle: Tin\nsection: " + section.getCode() + "\n---\nb\n");
            assertEquals(section, article.getSectionInfo());
        }
    }

    @Test
    void explicitValidSlugIsUsed() throws Exception {
        Article article = article("---\ntitle: Đoàn kết, đổi mới\nslug: dai-hoi-2026\nsection: luat-chinh-sach\n---\nb\n");
        assertEquals("dai-hoi-2026", article.getSlug());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Đại Hội", "../etc/passwd", "a--b", "\"\"", "UPPER", "co dau cach"})
    void invalidExplicitSlugIsRejected(String slug) {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> article("---\ntitle: Tin\nslug: " + slug + "\nsection: luat-chinh-sach\n---\nb\n"));
        assertTrue(e.getMessage().startsWith("đường dẫn (slug) không hợp lệ"), e.getMessage());
    }

    @Test
    void titleWithoutLettersGivesNoSlugAndIsRejected() {
        assertThrows(FrontMatterFile.Malformed.class,
                () -> article("---\ntitle: \"🎉 !!!\"\nsection: luat-chinh-sach\n---\nb\n"));
    }

    @Test
    void tagsBecomeTagSlugsWithoutDuplicatesOrEmptyNames() throws Exception {
        Article article = article("---\ntitle: Tin\nsection: gop-y-van-ban\n"
                + "tags: [\"Trẻ em\", \" Tổng đài 111 \", \"Trẻ em\", \"🎉\", \"\", 2026]\n---\nb\n");
        assertEquals(List.of("Trẻ em", "Tổng đài 111", "2026"), article.getTags());
        assertEquals(List.of("tre-em", "tong-dai-111", "2026"), article.getTagSlugs());
    }

    @Test
    void tagsWrittenAsABlockListWork() throws Exception {
        Article article = article("---\ntitle: Tin\nsection: gop-y-van-ban\ntags:\n  - Luật Trẻ em\n  - Góp ý\n---\nb\n");
        assertEquals(List.of("luat-tre-em", "gop-y"), article.getTagSlugs());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"Trẻ em, Tổng đài 111\"", "{a: b}", "42"})
    void tagsThatAreNotAListAreRejected(String tags) {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> article("---\ntitle: Tin\nsection: gop-y-van-ban\ntags: " + tags + "\n---\nb\n"));
        assertEquals("thẻ (tags) phải là một danh sách", e.getMessage());
    }

    @Test
    void publishedAtWithOffset() throws Exception {
        Article article = article(withPublishedAt("\"2026-03-18T14:30:00+07:00\""));
        assertEquals(Instant.parse("2026-03-18T07:30:00Z"), article.getPublishedAt());
    }

    @Test
    void publishedAtAsPlainDateIsMidnightInVietnam() throws Exception {
        Article article = article(withPublishedAt("\"2026-03-18\""));
        assertEquals(Instant.parse("2026-03-17T17:00:00Z"), article.getPublishedAt());
    }

    @Test
    void publishedAtAsUnquotedYamlTimestamp() throws Exception {
        Article article = article(withPublishedAt("2026-03-18T14:30:00+07:00"));
        assertEquals(Instant.parse("2026-03-18T07:30:00Z"), article.getPublishedAt());
    }

    @Test
    void publishedAtAsDateObject() throws Exception {
        Map<String, Object> meta = new HashMap<>(Map.of("title", "Tin", "section", "gop-y-van-ban"));
        meta.put("publishedAt", Date.from(Instant.parse("2025-01-02T03:04:05Z")));
        Article article = ArticleFile.toArticle(new FrontMatterFile(meta, "b\n"), NOW);
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), article.getPublishedAt());
        assertEquals(Instant.parse("2025-01-02T03:04:05Z"), article.getCreatedAt());
    }

    @Test
    void missingPublishedAtMeansNow() throws Exception {
        Article article = article("---\ntitle: Tin\nsection: gop-y-van-ban\n---\nb\n");
        assertEquals(NOW, article.getPublishedAt());
        assertEquals(NOW, article.getCreatedAt());
    }

    @Test
    void futurePublishedAtKeepsCreatedAtAtNow() throws Exception {
        Article article = article(withPublishedAt("\"2027-01-01T00:00:00+07:00\""));
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"), article.getPublishedAt());
        assertEquals(NOW, article.getCreatedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"hôm qua\"", "\"18/03/2026\"", "\"2026-13-01\"", "\"2026-03-18T14:30:00\""})
    void unreadablePublishedAtIsRejected(String value) {
        FrontMatterFile.Malformed e = assertThrows(FrontMatterFile.Malformed.class,
                () -> article(withPublishedAt(value)));
        assertTrue(e.getMessage().startsWith("ngày đăng (publishedAt) không hợp lệ"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"draft", "Draft", "DRAFT"})
    void draftStatusGivesADraftWithoutPublishedAt(String status) throws Exception {
        Article article = article("---\ntitle: Tin\nsection: gop-y-van-ban\nstatus: " + status
                + "\npublishedAt: \"2025-05-28T08:30:00+07:00\"\n---\nb\n");
        assertEquals(PublicationStatus.DRAFT, article.getStatus());
        assertFalse(article.isPublished());
        assertNull(article.getPublishedAt());
        assertEquals(Instant.parse("2025-05-28T01:30:00Z"), article.getCreatedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"featured: true", "featured: yes", "featured: \"true\""})
    void featuredFlagIsRead(String line) throws Exception {
        assertTrue(article("---\ntitle: Tin\nsection: gop-y-van-ban\n" + line + "\n---\nb\n").isFeatured());
    }

    @ParameterizedTest
    @ValueSource(strings = {"featured: false", "featured: no", "featured: \"có\"", "featured:"})
    void featuredFlagIsOffUnlessTrue(String line) throws Exception {
        assertFalse(article("---\ntitle: Tin\nsection: gop-y-van-ban\n" + line + "\n---\nb\n").isFeatured());
    }

    private static String withPublishedAt(String value) {
        return "---\ntitle: Tin\nsection: gop-y-van-ban\npublishedAt: " + value + "\n---\nb\n";
    }

    private static Article article(String text) throws FrontMatterFile.Malformed {
        return ArticleFile.toArticle(FrontMatterFile.parse(text), NOW);
    }
}
