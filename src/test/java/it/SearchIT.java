package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIT {

    static final String PASSWORD = "mat-khau-tim-kiem-1";

    @BeforeAll
    static void accounts() {
        Api.ensureAccount("bt-tim-kiem", PASSWORD, "editor");
    }

    @Test
    void findsArticlesTypedWithoutDiacritics() {
        // contests of that name (the sample and those other tests create) rank with it: ask for articles
        JsonObject result = search("ngoi nha mo uoc&type=article");
        JsonObject first = result.getJsonArray("hits").getJsonObject(0);
        assertTrue(first.getString("title").contains("Ngôi nhà mơ ước"), first.toString());
        assertTrue(first.getString("url").startsWith(Http.BASE + "/bai-viet/"));
        assertEquals("article", first.getString("type"));
        assertTrue(first.getString("snippet").contains("<mark>"));
        assertTrue(result.getJsonObject("facets").getJsonObject("section").size() > 0);
        assertTrue(result.getJsonObject("facets").getJsonObject("year").size() > 0);
    }

    @Test
    void publishedContentIsSearchableAtOnceAndUnpublishedGoneAtOnce() {
        String word = "Quyenloi" + System.nanoTime();
        String id = Json.object(Api.call("POST", "/articles", "bt-tim-kiem", PASSWORD,
                Api.articleJson("Bài về " + word)).body()).getString("id");
        assertEquals(0, search(word.toLowerCase()).getInt("total"), "a draft is not searchable");
        Api.call("POST", "/articles/" + id + "/publish", "bt-tim-kiem", PASSWORD, null);
        assertEquals(1, search(word.toLowerCase()).getInt("total"), "searchable as soon as published");
        assertEquals(id, search(word).getJsonArray("hits").getJsonObject(0).getString("id"), "the id it was created with");
        Api.call("POST", "/articles/" + id + "/unpublish", "bt-tim-kiem", PASSWORD, null);
        assertEquals(0, search(word).getInt("total"), "gone as soon as unpublished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "\"ngoi nha", "((", "title:x AND", "*"})
    void oddQueriesGetAnAnswerNotAnError(String q) {
        HttpResponse<String> response = Http.get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Json.object(response.body()).getInt("total") >= 0);
    }

    @Test
    void badRequestsAreA400WithAMessage() {
        for (String query : new String[] {"q=", "q=%20%20", "q=" + "a".repeat(5000), "q=tre&page=abc", "q=tre&size=1000"}) {
            HttpResponse<String> response = Http.get("/api/v1/search?" + query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(Json.object(response.body()).getString("error").length() > 5);
        }
    }

    @Test
    void thePageShowsHighlightedHitsFacetsAndAHelpfulEmptyResult() {
        HttpResponse<String> page = Http.get("/tim-kiem?q=tong+dai+111");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<mark>Tổng đài 111</mark>"), "accented text marked for an unaccented query");
        assertTrue(page.body().contains("href=\"/tim-kiem?q=tong+dai+111&amp;chuyen-muc="), "section facets narrow");
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty());
        HttpResponse<String> accented = Http.get("/tim-kiem?q=" + URLEncoder.encode("tổng đài", StandardCharsets.UTF_8));
        assertTrue(accented.body().contains("kết quả cho “tổng đài”"), "UTF-8 in the query string survives");
        HttpResponse<String> empty = Http.get("/tim-kiem?q=khongcotuNaytrongcong");
        assertTrue(empty.body().contains("Không tìm thấy kết quả"));
        assertTrue(Http.get("/").body().contains("action=\"/tim-kiem\""), "a search box on every page");
    }

    @Test
    void suggestionsComeFromTitles() {
        HttpResponse<String> response = Http.get("/api/v1/search/suggest?q=" + URLEncoder.encode("ngoi nha m", StandardCharsets.UTF_8));
        assertTrue(response.body().contains("Ngôi nhà mơ ước"), response.body());
    }

    /** A search; what follows an "&" in the argument is passed on as further parameters. */
    private static JsonObject search(String q) {
        String[] parts = q.split("&", 2);
        HttpResponse<String> response = Http.get("/api/v1/search?q=" + URLEncoder.encode(parts[0], StandardCharsets.UTF_8)
                + (parts.length > 1 ? "&" + parts[1] : ""));
        assertEquals(200, response.statusCode(), response.body());
        return Json.object(response.body());
    }
}
