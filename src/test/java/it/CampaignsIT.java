package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Campaigns for readers and other sites: the sample campaigns, their API, pages, JSON-LD and search. */
class CampaignsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static List<JsonObject> campaigns() {
        HttpResponse<String> response = Http.get("/api/v1/campaigns");
        assertEquals(200, response.statusCode());
        return Json.object(response.body()).getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    }

    /** What the status must be today in Vietnam, from the campaign's own dates. */
    private static String expectedStatus(JsonObject c) {
        LocalDate start = LocalDate.parse(c.getString("startsOn"));
        LocalDate end = LocalDate.parse(c.getString("endsOn"));
        return TODAY.isBefore(start) ? "upcoming" : TODAY.isAfter(end) ? "ended" : "running";
    }

    @Test
    void theSampleCampaignsAreListedRunningFirst() {
        List<JsonObject> items = campaigns();
        assertTrue(items.stream().anyMatch(c -> c.getInt("year") == 2026 && c.getString("name").startsWith("Tháng hành động")));
        assertTrue(items.stream().anyMatch(c -> c.getInt("year") == 2025 && c.getString("name").startsWith("Tháng hành động")));
        List<String> order = List.of("running", "upcoming", "ended");
        int last = 0;
        for (JsonObject c : items) {
            assertEquals(expectedStatus(c), c.getString("status"), c.getString("name"));
            int rank = order.indexOf(c.getString("status"));
            assertTrue(rank >= last, "running, then upcoming, then ended: " + items);
            last = rank;
            assertTrue(c.getString("url").endsWith("/chien-dich/" + c.getString("slug")));
            for (String key : List.of("id", "slug", "name", "theme", "startsOn", "endsOn")) {
                assertFalse(c.getString(key).isBlank(), key);
            }
        }
        assertEquals(List.of(2025), Json.object(Http.get("/api/v1/campaigns?year=2025").body()).getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getInt("year")).distinct().toList());
    }

    @Test
    void oneCampaignHasItsMessagesPlanHotlinesNewsAndMaterials() {
        JsonObject summary = campaigns().stream().filter(c -> c.getInt("year") == 2026
                && c.getString("name").startsWith("Tháng hành động")).findFirst().orElseThrow();
        JsonObject c = Json.object(Http.get("/api/v1/campaigns/" + summary.getString("slug")).body());
        assertEquals(summary.getString("id"), c.getString("id"));
        assertFalse(c.getJsonArray("messages").isEmpty());
        assertTrue(c.getJsonArray("hotlines").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(h -> h.getString().equals("111")));
        JsonObject activity = c.getJsonArray("activities").getJsonObject(0);
        for (String key : List.of("activity", "time", "startsOn", "endsOn", "status")) {
            assertFalse(activity.getString(key).isBlank(), key);
        }
        assertFalse(c.getJsonArray("articles").isEmpty(), "related news");
        assertFalse(c.getJsonArray("documents").isEmpty(), "materials");
        assertTrue(c.getString("bodyHtml").contains("<h2"), "the body, rendered");
    }

    @Test
    void badRequestsGetAClearJsonError() {
        HttpResponse<String> missing = Http.get("/api/v1/campaigns/khong-co-chien-dich-nay");
        assertEquals(404, missing.statusCode());
        assertTrue(Json.object(missing.body()).getString("error").contains("khong-co-chien-dich-nay"));
        HttpResponse<String> year = Http.get("/api/v1/campaigns?year=nam-ngoai");
        assertEquals(400, year.statusCode());
        assertFalse(Json.object(year.body()).getString("error").isBlank());
    }

    @Test
    void theCampaignPageCarriesAnEventForSearchEngines() {
        JsonObject c = campaigns().get(0);
        HttpResponse<String> page = Http.get("/chien-dich/" + c.getString("slug"));
        assertEquals(200, page.statusCode());
        String html = page.body();
        int start = html.indexOf("<script type=\"application/ld+json\">");
        assertTrue(start > 0, "JSON-LD in the head");
        String json = html.substring(start + "<script type=\"application/ld+json\">".length(), html.indexOf("</script>", start));
        JsonObject event = Json.object(json.replace("<\\/", "</"));
        assertEquals("Event", event.getString("@type"));
        assertEquals(c.getString("name"), event.getString("name"));
        assertEquals(c.getString("startsOn"), event.getString("startDate"));
        assertEquals(c.getString("endsOn"), event.getString("endDate"));
        assertTrue(html.contains("href=\"tel:111\""), "the hotline, prominent");
        assertTrue(html.contains("Kế hoạch hoạt động"), "the activity timeline");
        assertFalse(page.headers().firstValue("Set-Cookie").isPresent(), "no session for readers");
        assertEquals(404, Http.get("/chien-dich/khong-co-chien-dich-nay").statusCode());
    }

    @Test
    void theIndexShowsWhatRunsFirstAndTheArchiveByYear() {
        String html = Http.get("/chien-dich").body();
        List<JsonObject> items = campaigns();
        for (JsonObject c : items) {
            assertTrue(html.contains("href=\"/chien-dich/" + c.getString("slug") + "\""), c.getString("slug"));
        }
        assertTrue(html.contains("Năm 2025"), "the archive by year");
        String sitemap = Http.get("/sitemap.xml").body();
        items.forEach(c -> assertTrue(sitemap.contains("/chien-dich/" + c.getString("slug") + "</loc>"), "in the sitemap"));
        String home = Http.get("/").body();
        items.stream().filter(c -> !c.getString("status").equals("ended")).findFirst().ifPresent(featured ->
                assertTrue(home.contains("class=\"featured-campaign\"") && home.contains(featured.getString("name")),
                        "the home page features the running (or next) campaign"));
    }

    @Test
    void campaignsAreInTheSearch() {
        JsonObject c = campaigns().get(0);
        String q = URLEncoder.encode(c.getString("name"), StandardCharsets.UTF_8);
        JsonObject result = Json.object(Http.get("/api/v1/search?type=campaign&q=" + q).body());
        assertTrue(result.getJsonArray("hits").stream().map(v -> v.asJsonObject())
                .anyMatch(h -> h.getString("id").equals(c.getString("id")) && h.getString("type").equals("campaign")));
    }

    @Test
    void draftsAndTheDeskAreNotForReaders() {
        HttpResponse<String> desk = Http.get("/bien-tap/chien-dich.xhtml");
        assertEquals(302, desk.statusCode(), "sign in first");
        assertEquals(404, Http.get("/campaign.xhtml?xem-truoc=" + campaigns().get(0).getString("id")).statusCode(),
                "previews are for editors");
    }
}
