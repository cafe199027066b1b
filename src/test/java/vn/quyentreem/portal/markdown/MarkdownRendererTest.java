package vn.quyentreem.portal.markdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class MarkdownRendererTest {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void scriptTagIsEscaped() {
        String html = renderer.toHtml("<script>alert(1)</script>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void scriptBlockInsideTextIsEscaped() {
        String html = renderer.toHtml("Đoạn văn\n\n<script src=\"https://evil.example/x.js\"></script>\n\nhết");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    }

    @Test
    void imgTagWithOnerrorIsEscaped() {
        String html = renderer.toHtml("<img src=x onerror=alert(1)>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<img"), html);
        assertTrue(html.contains("&lt;img"), html);
    }

    @Test
    void inlineRawHtmlIsEscaped() {
        String html = renderer.toHtml("Bấm <a href=\"javascript:alert(1)\" onclick=\"x()\">vào đây</a> nhé <b>đậm</b>");
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("<b>"), html);
        assertOnlySafeUrls(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](  javascript:alert(1)  )",
            "[x](<java\tscript:alert(1)>)",
            "[x](javascript&colon;alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x]: javascript:alert(1)\n\n[bấm vào đây][x]",
            "<javascript:alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](DATA:text/html,<script>alert(1)</script>)",
            "[x](file:///etc/passwd)"})
    void dangerousLinkSchemesAreNotKept(String markdown) {
        String html = renderer.toHtml(markdown);
        assertTrue(html.contains("<a "), "still a link, only its href is emptied: " + html);
        assertOnlySafeUrls(html);
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("href=\"javascript:"), html);
        assertFalse(lower.contains("href=\"data:"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![x](javascript:alert(1))",
            "![x](JaVaScRiPt:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"})
    void dangerousImageSourcesAreNotKept(String markdown) {
        String html = renderer.toHtml(markdown);
        assertOnlySafeUrls(html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("src=\"data:"), html);
    }

    @Test
    void titleCannotBreakOutOfItsAttribute() {
        String html = renderer.toHtml("[x](https://quyentreem.vn \"t\\\" onmouseover=\\\"alert(1)\")");
        assertFalse(html.contains("\" onmouseover"), html);
        assertTrue(html.contains("href=\"https://quyentreem.vn\""), html);
    }

    @Test
    void httpHttpsMailtoAndRelativeLinksAreKept() {
        String html = renderer.toHtml("[a](http://quyentreem.vn/a) [b](https://quyentreem.vn/b?x=1&y=2) "
                + "[c](mailto:lienhe@quyentreem.vn) [d](/chuyen-muc/x) [e](#muc-2)");
        assertTrue(html.contains("href=\"http://quyentreem.vn/a\""), html);
        assertTrue(html.contains("href=\"https://quyentreem.vn/b?x=1&amp;y=2\""), html);
        assertTrue(html.contains("href=\"mailto:lienhe@quyentreem.vn\""), html);
        assertTrue(html.contains("href=\"/chuyen-muc/x\""), html);
        assertTrue(html.contains("href=\"#muc-2\""), html);
    }

    @Test
    void relativeAndHttpsImagesAreKept() {
        String html = renderer.toHtml("![Trẻ em](/media/vung-cao.jpg) ![Logo](https://quyentreem.vn/logo.png)");
        assertTrue(html.contains("src=\"/media/vung-cao.jpg\" alt=\"Trẻ em\""), html);
        assertTrue(html.contains("src=\"https://quyentreem.vn/logo.png\""), html);
    }

    @Test
    void gfmTableRendersAsTable() {
        String html = renderer.toHtml("| Tỉnh | Số em |\n|---|---:|\n| Lạng Sơn | 120 |\n| Bắc Giang | 85 |");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<th>Tỉnh</th>"), html);
        assertTrue(html.contains("<td>Lạng Sơn</td>"), html);
        assertTrue(html.contains("<td align=\"right\">120</td>"), html);
    }

    @Test
    void bareUrlIsAutolinked() {
        String html = renderer.toHtml("Xem thêm tại https://quyentreem.vn/gioi-thieu nhé.");
        assertTrue(html.contains("<a rel=\"nofollow\" href=\"https://quyentreem.vn/gioi-thieu\">"
                + "https://quyentreem.vn/gioi-thieu</a>"), html);
    }

    @Test
    void bareJavascriptTextIsNotAutolinked() {
        String html = renderer.toHtml("javascript:alert(1)");
        assertFalse(html.contains("<a"), html);
    }

    @Test
    void headingsGetAnIdThatKeepsVietnameseLetters() {
        String html = renderer.toHtml("## Tình hình trẻ em năm 2025\n\nNội dung");
        assertTrue(html.contains("<h2 id=\"tình-hình-trẻ-em-năm-2025\">Tình hình trẻ em năm 2025</h2>"), html);
    }

    @Test
    void repeatedHeadingsGetDistinctIds() {
        String html = renderer.toHtml("# Đoàn kết, đổi mới\n\n# Đoàn kết, đổi mới");
        assertEquals(List.of("đoàn-kết-đổi-mới", "đoàn-kết-đổi-mới-1"), ids(html));
    }

    @Test
    void headingWithMarkupCannotInjectIntoItsId() {
        String html = renderer.toHtml("## Xin chào \"><script>alert(1)</script>");
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        for (String id : ids(html)) {
            assertFalse(id.contains("\"") || id.contains("<") || id.contains(">"), id);
        }
    }

    @Test
    void nullAndEmptyGiveEmptyHtml() {
        assertEquals("", renderer.toHtml(null));
        assertEquals("", renderer.toHtml(""));
    }

    @Test
    void ordinaryMarkdownStillWorks() {
        assertEquals("<p><strong>Đậm</strong> và <em>nghiêng</em></p>\n", renderer.toHtml("**Đậm** và *nghiêng*"));
    }

    /** Every href/src is empty, relative, a fragment, or http(s)/mailto. */
    private static void assertOnlySafeUrls(String html) {
        Matcher m = URL_ATTRIBUTE.matcher(html);
        while (m.find()) {
            String url = m.group(2).strip().toLowerCase(Locale.ROOT);
            boolean safe = url.isEmpty() || url.startsWith("http://") || url.startsWith("https://")
                    || url.startsWith("mailto:") || url.startsWith("/") || url.startsWith("#")
                    || !url.contains(":");
            if (!safe) {
                fail("unsafe " + m.group(1) + " \"" + m.group(2) + "\" in " + html);
            }
        }
    }

    private static List<String> ids(String html) {
        return Pattern.compile("\\bid=\"([^\"]*)\"").matcher(html).results().map(r -> r.group(1)).toList();
    }

    @org.junit.jupiter.api.Test
    void libraryImagesInTheBodyGetTheirSmallerRenditions(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        var media = new vn.quyentreem.portal.media.control.MediaFiles(vn.quyentreem.portal.store.DataDirectory.at(data));
        java.nio.file.Files.createDirectories(media.directory());
        String name = media.store(new java.awt.image.BufferedImage(2000, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB), "san-truong");
        String html = new MarkdownRenderer(media).toHtml("![Sân trường](/media/" + name + ")");
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("srcset=\"/media/san-truong-480w.jpg 480w"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("loading=\"lazy\""), html);
        String outside = new MarkdownRenderer(media).toHtml("![Ảnh ngoài](https://example.org/a.jpg)");
        org.junit.jupiter.api.Assertions.assertFalse(outside.contains("srcset"), outside);
    }
}
