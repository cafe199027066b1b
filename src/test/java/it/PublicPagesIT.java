package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicPagesIT {

    private static final Pattern CARD = Pattern.compile("class=\"card\"");

    @Test
    void homeShowsFeaturedAndLatestWithFullMetadata() {
        HttpResponse<String> page = readerGet("/");
        String html = page.body();
        assertTrue(html.contains("<html lang=\"vi\""));
        assertTrue(html.contains("Tiêu điểm") && html.contains("Tin mới"));
        assertTrue(html.contains("<main id=\"noi-dung\""));
        assertTrue(html.contains("aria-label=\"Chuyên mục\""));
        assertMetadata(html, "/");
        assertTrue(countCards(html) >= 10, "latest articles listed");
    }

    @Test
    void articlePageShowsDateSectionTagsAndRelated() {
        JsonObject item = Json.object(Http.get("/api/v1/articles?size=1").body())
                .getJsonArray("items").getJsonObject(0);
        String slug = item.getString("slug");
        String html = readerGet("/bai-viet/" + slug).body();
        String date = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(Instant.parse(item.getString("publishedAt")));
        assertTrue(html.contains(">" + date + "</time>"), "date in dd/MM/yyyy, Asia/Ho_Chi_Minh: " + date);
        assertTrue(html.contains("<h1>" + item.getString("title") + "</h1>"));
        assertTrue(html.contains("href=\"/chuyen-muc/" + item.getString("section") + "\""));
        assertTrue(html.contains("href=\"/the/"), "tag links");
        assertTrue(html.contains("Bài liên quan"));
        assertTrue(html.contains("<meta property=\"og:type\" content=\"article\""));
        assertMetadata(html, "/bai-viet/" + slug);
        java.util.regex.Matcher ld = java.util.regex.Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertTrue(ld.find(), "NewsArticle data for search engines");
        JsonObject news = Json.object(ld.group(1));
        assertEquals("NewsArticle", news.getString("@type"));
        assertEquals(item.getString("title"), news.getString("headline"));
        assertEquals(item.getString("publishedAt"), news.getString("datePublished"));
        assertTrue(html.contains("facebook.com/sharer/sharer.php?u=") && html.contains("data-copy="), "share links without scripts of others");
        assertFalse(html.contains("connect.facebook.net") || html.contains("sp.zalo.me"), "no third-party script");
    }

    @Test
    void contestAndCampaignCardsShowTheirPictureAndWhenItEnds() {
        String contests = readerGet("/cuoc-thi").body();
        assertTrue(contests.contains("Hạn gửi bài: 23:59, 31/05/2027"), "the deadline of the open edition");
        assertTrue(contests.contains("src=\"/media/ngoi-nha-mo-uoc.jpg\""), "its picture");
        assertTrue(contests.contains("alt=\"Tranh minh họa một ngôi nhà"), "described for a blind reader");
        String campaigns = readerGet("/chien-dich").body();
        assertTrue(campaigns.matches("(?s).*class=\"campaign-card\">\\s*<img class=\"card-picture\" src=\"/media/[a-z0-9-]+\\.(jpg|png)\".*"),
                "a campaign card with its banner");
    }

    @Test
    void theSignOutPageOpensNoSessionForSomeoneNotSignedIn() {
        assertTrue(readerGet("/tai-khoan/dang-xuat.xhtml").body().contains("Bạn chưa đăng nhập"));
    }

    @Test
    void theFooterLeadsToAboutContactAndPrivacy() {
        String home = readerGet("/").body();
        for (String page : new String[]{"/gioi-thieu", "/lien-he", "/quyen-rieng-tu"}) {
            assertTrue(home.contains("href=\"" + page + "\""), page + " in the footer");
            HttpResponse<String> response = readerGet(page);
            assertEquals(200, response.statusCode(), page);
            assertMetadata(response.body(), page);
        }
        assertTrue(readerGet("/quyen-rieng-tu").body().contains("không đặt cookie"));
        assertTrue(readerGet("/lien-he").body().contains("mailto:"));
        assertFalse(home.contains("API tin bài"), "no developer links for readers");
    }

    @Test
    void sectionPagesArePaginated() {
        String first = readerGet("/chuyen-muc/ket-qua-hoat-dong").body();
        assertTrue(first.contains("<h1>Kết quả hoạt động</h1>"));
        assertEquals(3, countCards(first), "the IT server lists 3 to a page");
        assertTrue(first.contains("rel=\"next\" href=\"/chuyen-muc/ket-qua-hoat-dong?trang=2\""));
        assertMetadata(first, "/chuyen-muc/ket-qua-hoat-dong");
        String second = readerGet("/chuyen-muc/ket-qua-hoat-dong?trang=2").body();
        assertEquals(3, countCards(second));
        assertTrue(second.contains("rel=\"prev\" href=\"/chuyen-muc/ket-qua-hoat-dong\""));
        assertTrue(second.contains("<link rel=\"canonical\" href=\"" + Http.BASE + "/chuyen-muc/ket-qua-hoat-dong?trang=2\""));
        String last = readerGet("/chuyen-muc/ket-qua-hoat-dong?trang=3").body();
        assertEquals(1, countCards(last), "7 published articles in this section");
        assertFalse(last.contains("rel=\"next\""));
        assertFalse(second.contains("Bản nháp chưa đăng") || last.contains("Bản nháp chưa đăng"), "drafts are never listed");
    }

    @Test
    void tagPagesListTheirArticles() {
        String html = readerGet("/the/tong-dai-111").body();
        assertTrue(html.contains("<h1>Thẻ: Tổng đài 111</h1>"));
        assertEquals(3, countCards(html));
        assertTrue(html.contains("rel=\"next\""));
        assertMetadata(html, "/the/tong-dai-111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/bai-viet/khong-co-bai-nay", "/bai-viet/ban-nhap-chua-dang-ve-thang-hanh-dong",
            "/chuyen-muc/khong-co", "/chuyen-muc/ket-qua-hoat-dong?trang=4", "/chuyen-muc/ket-qua-hoat-dong?trang=abc",
            "/the/khong-co-the-nay", "/bai-viet/CHU-HOA", "/khong-co-trang-nay", "/media/khong-co.jpg"})
    void unknownPagesGetTheFriendly404(String path) {
        HttpResponse<String> response = Http.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.body().contains("Không tìm thấy trang"), path);
        assertTrue(response.body().contains("href=\"/\""), "a way back home");
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie on a 404 either");
    }

    @Test
    void markupInPagesComesFromTheRendererOnly() {
        HttpResponse<String> response = readerGet("/bai-viet/luat-tre-em-7-cau-hoi-cha-me-thuong-gap");
        assertTrue(response.body().contains("<code>111</code>"));
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void pagesKeepPowerfulFeaturesOffAndHttpsOnOnceUsed() {
        HttpResponse<String> plain = Http.get("/");
        assertTrue(plain.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), plain.headers().toString());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "meaningless over plain HTTP");
        HttpResponse<String> proxied = Http.get("/", "X-Forwarded-Proto", "https");
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                proxied.headers().toString());
    }

    @Test
    void metricsAreNotPublic() {
        HttpResponse<String> metrics = Http.get("/metrics");
        assertTrue(metrics.statusCode() == 302 || metrics.statusCode() == 401 || metrics.statusCode() == 403,
                "/metrics answered " + metrics.statusCode());
        assertFalse(metrics.body().contains("jvm_"), metrics.body());
    }

    @Test
    void unchangedPagesAnswer304ToConditionalRequests() {
        HttpResponse<String> first = readerGet("/chuyen-muc/luat-chinh-sach");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> second = Http.get("/chuyen-muc/luat-chinh-sach", "If-None-Match", etag);
        assertEquals(304, second.statusCode());
        assertEquals("", second.body());
    }

    @Test
    void coverImagesAreServedWithoutMetadata() {
        String html = readerGet("/").body();
        Matcher image = Pattern.compile("src=\"(/media/[a-z0-9-]+\\.jpg)\"").matcher(html);
        assertTrue(image.find(), "the home page shows cover images");
        HttpResponse<String> response = Http.get(image.group(1));
        assertEquals(200, response.statusCode());
        assertEquals("image/jpeg", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(response.body().contains("Exif"), "re-encoded without EXIF");
        Matcher alt = Pattern.compile("<img class=\"card-img\" src=\"[^\"]+\" alt=\"([^\"]*)\"").matcher(html);
        while (alt.find()) {
            assertFalse(alt.group(1).isBlank(), "every image has alt text");
        }
    }

    private static HttpResponse<String> readerGet(String path) {
        HttpResponse<String> response = Http.get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(),
                "an anonymous reader gets no cookie on " + path + ": " + response.headers().allValues("Set-Cookie"));
        return response;
    }

    private static void assertMetadata(String html, String path) {
        assertTrue(html.matches("(?s).*<title>[^<]+</title>.*"), "title");
        assertTrue(html.matches("(?s).*<meta name=\"description\" content=\"[^\"]+\".*"), "meta description");
        assertTrue(html.contains("<link rel=\"canonical\" href=\"" + Http.BASE + path + "\""), "canonical " + path);
        assertTrue(html.contains("<meta property=\"og:title\" content=\""), "og:title");
        assertTrue(html.contains("<meta property=\"og:url\" content=\"" + Http.BASE + path + "\""), "og:url");
        assertTrue(html.contains("<meta property=\"og:description\""), "og:description");
    }

    private static int countCards(String html) {
        return (int) CARD.matcher(html).results().count();
    }
}
