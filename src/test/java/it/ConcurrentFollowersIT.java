package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Four editors at once publish, edit and unpublish 200 items of two kinds (articles and library documents)
 * through the API. Afterwards search, the sitemap, the feed and the public API agree with what the store was
 * told, item by item: nothing published is missing, nothing unpublished lingers, every edit shows.
 */
class ConcurrentFollowersIT {

    private static final String PASSWORD = "mat-khau-dong-thoi-1";
    private static final int EDITORS = 4;
    private static final int ARTICLES_EACH = 40;
    private static final int DOCUMENTS_EACH = 10;
    private static final long FOLLOW_MILLIS = 15_000;

    /** What the store holds, as the writers' acknowledged answers say. */
    record Item(String kind, String id, String slug, String word, String title, boolean published, String publishedAt) {
    }

    @BeforeAll
    static void editors() {
        for (int e = 0; e < EDITORS; e++) {
            Api.ensureAccount("bt-dong-thoi-" + e, PASSWORD, "editor");
        }
    }

    @Test
    void searchSitemapFeedAndApiAgreeWithTheStoreAfterConcurrentWrites() throws Exception {
        String run = letters(System.nanoTime() % 1_000_000);
        Map<String, Item> items = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<?>> work = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            int editor = e;
            work.add(pool.submit(() -> {
                write("bt-dong-thoi-" + editor, run + letters(editor), items);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        assertEquals(EDITORS * (ARTICLES_EACH + DOCUMENTS_EACH), items.size(), "every write was acknowledged");

        long deadline = System.currentTimeMillis() + FOLLOW_MILLIS;
        List<String> wrong;
        do {
            wrong = disagreements(items);
            if (wrong.isEmpty()) {
                return;
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < deadline);
        fail(wrong.size() + " disagreement(s) with the store, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    /** Per article: create, publish, then every third edited (title), every fourth unpublished; then the documents. */
    private static void write(String editor, String prefix, Map<String, Item> items) {
        for (int i = 0; i < ARTICLES_EACH; i++) {
            String word = "zc" + prefix + "q" + letters(i);
            String title = "Tin đồng thời " + word;
            JsonObject created = ok(201, Api.call("POST", "/articles", editor, PASSWORD, article(title, word)));
            String id = created.getString("id");
            JsonObject publication = ok(200, Api.call("POST", "/articles/" + id + "/publish", editor, PASSWORD, null));
            String slug = publication.getString("slug");
            boolean published = true;
            if (i % 3 == 0) {
                title = "Tin đồng thời đã sửa " + word;
                ok(200, Api.call("PUT", "/articles/" + id, editor, PASSWORD, article(title, word)));
            }
            if (i % 4 == 0) {
                ok(200, Api.call("POST", "/articles/" + id + "/unpublish", editor, PASSWORD, null));
                published = false;
            }
            items.put(id, new Item("article", id, slug, word, title, published, publication.getString("publishedAt")));
        }
        for (int i = 0; i < DOCUMENTS_EACH; i++) {
            String word = "zd" + prefix + "q" + letters(i);
            HttpResponse<String> response = new Multipart().as(editor, PASSWORD)
                    .field("title", "Tài liệu đồng thời " + word).field("topic", "Kỹ năng sống")
                    .field("audience", "Cha mẹ").field("year", "2026")
                    .file("file", "ghi-chu.txt", ("Ghi chú " + word + " cho cha mẹ.").getBytes(StandardCharsets.UTF_8))
                    .post("/documents");
            JsonObject document = ok(201, response);
            items.put(document.getString("id"), new Item("document", document.getString("id"), null, word,
                    document.getString("title"), true, null));
        }
    }

    private static List<String> disagreements(Map<String, Item> items) {
        List<String> wrong = new ArrayList<>();
        String sitemap = Http.get("/sitemap.xml").body();
        String feed = Http.get("/feed.xml").body();
        for (Item item : items.values()) {
            List<JsonObject> hits = Json.object(Http.get("/api/v1/search?type=" + item.kind() + "&q="
                    + URLEncoder.encode(item.word(), StandardCharsets.UTF_8)).body()).getJsonArray("hits").stream()
                    .map(JsonObject.class::cast).filter(h -> h.getString("id").equals(item.id())).toList();
            if (item.published() != !hits.isEmpty()) {
                wrong.add(item.word() + ": search " + (hits.isEmpty() ? "misses it" : "still finds it"));
            } else if (!hits.isEmpty() && !hits.get(0).getString("title").equals(item.title())) {
                wrong.add(item.word() + ": search has the title " + hits.get(0).getString("title"));
            }
            if (!item.kind().equals("article")) {
                continue;
            }
            boolean inSitemap = sitemap.contains("/bai-viet/" + item.slug() + "</loc>");
            if (inSitemap != item.published()) {
                wrong.add(item.word() + ": sitemap " + (inSitemap ? "still lists it" : "misses it"));
            }
            if (!item.published() && feed.contains("/bai-viet/" + item.slug() + "\"")) {
                wrong.add(item.word() + ": the feed still has it");
            }
            HttpResponse<String> api = Http.get("/api/v1/articles/" + item.slug());
            if (item.published() != (api.statusCode() == 200)) {
                wrong.add(item.word() + ": public API answers " + api.statusCode());
            } else if (api.statusCode() == 200 && !Json.object(api.body()).getString("title").equals(item.title())) {
                wrong.add(item.word() + ": public API has the title " + Json.object(api.body()).getString("title"));
            }
            HttpResponse<String> page = Http.get("/bai-viet/" + item.slug());
            if (item.published() != (page.statusCode() == 200)) {
                wrong.add(item.word() + ": its page answers " + page.statusCode());
            }
        }
        // the feed holds the site's newest 30: the newest 20 published here are among them whatever else was published
        items.values().stream().filter(i -> i.kind().equals("article") && i.published())
                .sorted(java.util.Comparator.comparing((Item i) -> java.time.OffsetDateTime.parse(i.publishedAt()).toInstant()).reversed())
                .limit(20).filter(i -> !feed.contains("/bai-viet/" + i.slug() + "\""))
                .forEach(i -> wrong.add(i.word() + ": missing from the feed"));
        return wrong;
    }

    private static String article(String title, String word) {
        return "{\"title\":\"" + title + "\",\"summary\":\"Tóm tắt " + word + "\",\"body\":\"Nội dung " + word
                + ".\",\"section\":\"tinh-hinh-tre-em\",\"tags\":[\"Đồng thời\"]}";
    }

    private static JsonObject ok(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return Json.object(response.body());
    }

    /** A number as lowercase letters, so that the analyzer keeps a word made of them whole. */
    private static String letters(long n) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
