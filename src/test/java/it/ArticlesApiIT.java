package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticlesApiIT {

    @Test
    void listsPublishedArticlesNewestFirst() {
        HttpResponse<String> response = Http.get("/api/v1/articles");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject json = Json.object(response.body());
        // the 18 published sample articles (not the draft, not the broken file), plus what other tests publish
        int total = json.getInt("total");
        assertTrue(total >= 18, "total " + total);
        var items = json.getJsonArray("items");
        assertEquals(Math.min(20, total), items.size());
        Instant previous = Instant.MAX;
        for (var value : items) {
            JsonObject item = value.asJsonObject();
            for (String field : List.of("id", "slug", "title", "summary", "section", "publishedAt", "url")) {
                assertTrue(item.containsKey(field), field + " missing in " + item);
            }
            assertTrue(item.containsKey("tags"));
            assertTrue(item.getString("url").endsWith("/bai-viet/" + item.getString("slug")));
            Instant published = Instant.parse(item.getString("publishedAt"));
            assertFalse(published.isAfter(previous), "newest first");
            previous = published;
        }
    }

    @Test
    void pagesDoNotOverlap() {
        JsonObject first = Json.object(Http.get("/api/v1/articles?page=1&size=5").body());
        JsonObject second = Json.object(Http.get("/api/v1/articles?page=2&size=5").body());
        assertEquals(5, first.getJsonArray("items").size());
        assertEquals(5, second.getJsonArray("items").size());
        assertEquals(2, second.getInt("page"));
        assertEquals(5, second.getInt("size"));
        Set<String> slugs = new HashSet<>();
        first.getJsonArray("items").forEach(v -> slugs.add(v.asJsonObject().getString("slug")));
        second.getJsonArray("items").forEach(v -> assertTrue(slugs.add(v.asJsonObject().getString("slug"))));
        JsonObject beyond = Json.object(Http.get("/api/v1/articles?page=500&size=5").body());
        assertEquals(0, beyond.getJsonArray("items").size());
        assertTrue(beyond.getInt("total") >= 18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=abc", "page=0", "page=-1", "size=0", "size=101", "size=x", "page=1.5"})
    void malformedPagingIsA400WithAMessage(String query) {
        HttpResponse<String> response = Http.get("/api/v1/articles?" + query);
        assertEquals(400, response.statusCode());
        String error = Json.object(response.body()).getString("error");
        assertTrue(error.contains(query.startsWith("page") ? "page" : "size"), error);
    }

    @Test
    void oneArticleComesWithItsRenderedHtml() {
        String slug = Json.object(Http.get("/api/v1/articles?size=1").body())
                .getJsonArray("items").getJsonObject(0).getString("slug");
        HttpResponse<String> response = Http.get("/api/v1/articles/" + slug);
        assertEquals(200, response.statusCode());
        JsonObject article = Json.object(response.body());
        assertEquals(slug, article.getString("slug"));
        assertEquals("published", article.getString("status"));
        assertTrue(article.getString("html").contains("<p>"));
        assertFalse(article.getString("body").isBlank());
    }

    @Test
    void unknownAndDraftArticlesAre404InJson() {
        for (String slug : List.of("khong-co-bai-nay", "ban-nhap-chua-dang-ve-thang-hanh-dong")) {
            HttpResponse<String> response = Http.get("/api/v1/articles/" + slug);
            assertEquals(404, response.statusCode(), slug);
            assertTrue(Json.object(response.body()).getString("error").contains("Không tìm thấy"));
        }
    }

    @Test
    void unknownApiPathIsA404InJson() {
        HttpResponse<String> response = Http.get("/api/v1/khong-co");
        assertEquals(404, response.statusCode());
        assertTrue(Json.object(response.body()).containsKey("error"));
    }

    @Test
    void openApiDocumentsTheArticlesApi() {
        HttpResponse<String> response = Http.get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("/api/v1/articles/{slug}"), response.body());
    }

    @Test
    void openApiNamesTheReplyOfEachContestAndAwardOperation() {
        HttpResponse<String> response = Http.get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject api = Json.object(response.body());
        // each reply its own schema: a contest's and an award's "Detail" are not mistaken for one another
        for (String[] reply : new String[][] {{"/api/v1/contests/{slug}", "get", "200", "ContestDetail"},
                {"/api/v1/contests/{slug}/entries/{id}/screening", "post", "200", "OwnEntry"},
                {"/api/v1/contests/{slug}/entries/{id}/votes", "post", "201", "VoteReceived"},
                {"/api/v1/awards/{slug}", "get", "200", "AwardDetail"},
                {"/api/v1/awards/{slug}/nominations", "post", "201", "NominationReceived"}}) {
            JsonObject operation = api.getJsonObject("paths").getJsonObject(reply[0]).getJsonObject(reply[1]);
            JsonObject content = operation.getJsonObject("responses").getJsonObject(reply[2]).getJsonObject("content");
            String json = content == null ? null
                    : content.keySet().stream().filter(type -> type.startsWith("application/json")).findFirst().orElse(null);
            assertTrue(json != null, reply[0] + ": " + operation);
            assertEquals("#/components/schemas/" + reply[3],
                    content.getJsonObject(json).getJsonObject("schema").getString("$ref"), reply[0]);
            assertTrue(api.getJsonObject("components").getJsonObject("schemas").containsKey(reply[3]), reply[3]);
        }
    }

    @Test
    void healthChecksIncludeTheStore() {
        for (String probe : List.of("/health/ready", "/health/live")) {
            HttpResponse<String> response = Http.get(probe);
            assertEquals(200, response.statusCode(), probe);
            JsonObject health = Json.object(response.body());
            assertEquals("UP", health.getString("status"));
            assertTrue(health.getJsonArray("checks").stream()
                    .map(c -> c.asJsonObject())
                    .anyMatch(c -> "store".equals(c.getString("name")) && "UP".equals(c.getString("status"))), probe);
        }
    }
}
