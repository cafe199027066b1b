package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editorial workflow over the API: every role against every action, and the steps themselves. */
class EditorialWorkflowIT {

    static final String PASSWORD = "mat-khau-thu-nghiem-1";
    static final String OWNER = "pv-chu-bai";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @BeforeAll
    static void accounts() {
        Api.ensureAccount(OWNER, PASSWORD, "journalist");
        Api.ensureAccount("pv-khac", PASSWORD, "journalist");
        Api.ensureAccount("bt-vien", PASSWORD, "editor");
        Api.ensureAccount("qt-vien", PASSWORD, "admin");
        Api.ensureAccount("gk-vien", PASSWORD, "jury");
    }

    /** action, the state the article is put in first, then the expected status for each caller. */
    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        String[] callers = {null, OWNER, "pv-khac", "gk-vien", "bt-vien", "qt-vien"};
        Object[][] rows = {
                // action      state        anon owner other jury editor admin
                {"create",     "none",      401, 201, 201, 403, 201, 201},
                {"update",     "draft",     401, 200, 403, 403, 200, 200},
                {"submit",     "draft",     401, 200, 403, 403, 200, 200},
                {"publish",    "in_review", 401, 403, 403, 403, 200, 200},
                {"schedule",   "in_review", 401, 403, 403, 403, 200, 200},
                {"unpublish",  "published", 401, 403, 403, 403, 200, 200},
                {"return",     "in_review", 401, 403, 403, 403, 200, 200},
                {"archive",    "draft",     401, 403, 403, 403, 200, 200},
                {"revisions",  "draft",     401, 200, 403, 403, 200, 200},
                {"restore",    "draft",     401, 200, 403, 403, 200, 200},
        };
        for (Object[] row : rows) {
            for (int i = 0; i < callers.length; i++) {
                cells.add(Arguments.of(row[0], row[1], callers[i] == null ? "anonymous" : callers[i], row[2 + i]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} article as {2} → {3}")
    @MethodSource("matrix")
    void roleActionMatrix(String action, String state, String caller, int expected) {
        String id = "none".equals(state) ? null : articleIn(state);
        String user = "anonymous".equals(caller) ? null : caller;
        HttpResponse<String> response = switch (action) {
            case "create" -> Api.call("POST", "/articles", user, PASSWORD, Api.articleJson(title()));
            case "update" -> Api.call("PUT", "/articles/" + id, user, PASSWORD, Api.articleJson(title()));
            case "submit" -> Api.call("POST", "/articles/" + id + "/submit", user, PASSWORD, null);
            case "publish" -> Api.call("POST", "/articles/" + id + "/publish", user, PASSWORD, null);
            case "schedule" -> Api.call("POST", "/articles/" + id + "/publish", user, PASSWORD,
                    "{\"publishAt\":\"" + Instant.now().plusSeconds(3600) + "\"}");
            case "unpublish" -> Api.call("POST", "/articles/" + id + "/unpublish", user, PASSWORD, null);
            case "return" -> Api.call("POST", "/articles/" + id + "/return", user, PASSWORD, "{\"comment\":\"Cần thêm nguồn\"}");
            case "archive" -> Api.call("POST", "/articles/" + id + "/archive", user, PASSWORD, null);
            case "revisions" -> Api.call("GET", "/articles/" + id + "/revisions", user, PASSWORD, null);
            case "restore" -> Api.call("POST", "/articles/" + id + "/revisions/1/restore", user, PASSWORD, null);
            default -> throw new IllegalArgumentException(action);
        };
        assertEquals(expected, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{") || response.body().startsWith("["), "JSON, also for errors");
        if (expected == 401) {
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        }
    }

    @Test
    void draftsAreInvisibleUntilPublishedAndGoneWhenUnpublished() {
        String id = articleIn("draft");
        JsonObject draft = Json.object(Api.call("POST", "/articles/" + id + "/submit", OWNER, PASSWORD, null).body());
        assertEquals("in_review", draft.getString("status"));
        String path = "/bai-viet/" + draft.getString("slug");
        assertEquals(404, Http.get(path).statusCode());
        assertEquals(404, Http.get("/api/v1/articles/" + draft.getString("slug")).statusCode());
        assertEquals("published", Json.object(Api.call("POST", "/articles/" + id + "/publish", "bt-vien", PASSWORD, null)
                .body()).getString("status"));
        assertEquals(200, Http.get(path).statusCode());
        assertTrue(Http.get("/").body().contains(draft.getString("title")), "the home page is refreshed");
        Api.call("POST", "/articles/" + id + "/unpublish", "bt-vien", PASSWORD, null);
        assertEquals(404, Http.get(path).statusCode());
    }

    @Test
    void everySaveKeepsARevisionAndOldOnesCanBeRestored() {
        String id = Json.object(Api.call("POST", "/articles", OWNER, PASSWORD, Api.articleJson("Bản đầu tiên")).body())
                .getString("id");
        Api.call("PUT", "/articles/" + id, OWNER, PASSWORD, Api.articleJson("Bản thứ hai"));
        JsonObject restored = Json.object(Api.call("POST", "/articles/" + id + "/revisions/1/restore", "bt-vien",
                PASSWORD, null).body());
        assertEquals("Bản đầu tiên", restored.getString("title"));
        var revisions = Json.array(Api.call("GET", "/articles/" + id + "/revisions", OWNER, PASSWORD, null).body());
        assertEquals(3, revisions.size());
        assertEquals(3, revisions.getJsonObject(0).getInt("number"));
        assertEquals("bt-vien", revisions.getJsonObject(0).getString("savedBy"));
        assertEquals(404, Api.call("POST", "/articles/" + id + "/revisions/9/restore", "bt-vien", PASSWORD, null).statusCode());
    }

    @Test
    void scheduledArticlesGoLiveWithinAMinuteOfTheirTime() throws InterruptedException {
        String id = articleIn("in_review");
        JsonObject scheduled = Json.object(Api.call("POST", "/articles/" + id + "/publish", "bt-vien", PASSWORD,
                "{\"publishAt\":\"" + Instant.now().plusSeconds(3) + "\"}").body());
        assertEquals("scheduled", scheduled.getString("status"));
        String path = "/bai-viet/" + scheduled.getString("slug");
        assertEquals(404, Http.get(path).statusCode(), "not before its time");
        long deadline = System.currentTimeMillis() + 60_000;
        int status = 404;
        while (status != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
            status = Http.get(path).statusCode();
        }
        assertEquals(200, status, "published within a minute");
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        String id = articleIn("draft");
        assertEquals(400, Api.call("PUT", "/articles/" + id, OWNER, PASSWORD,
                "{\"title\":\"\",\"section\":\"tinh-hinh-tre-em\"}").statusCode());
        assertEquals(400, Api.call("PUT", "/articles/" + id, OWNER, PASSWORD,
                "{\"title\":\"Tiêu đề\",\"section\":\"khong-co\"}").statusCode());
        assertEquals(400, Api.call("PUT", "/articles/" + id, OWNER, PASSWORD, "{ không phải json").statusCode());
        assertEquals(400, Api.call("POST", "/articles/" + id + "/publish", "bt-vien", PASSWORD,
                "{\"publishAt\":\"ngày mai\"}").statusCode());
        assertEquals(400, Api.call("POST", "/articles/" + id + "/return", "bt-vien", PASSWORD, "{\"comment\":\" \"}").statusCode());
        assertEquals(409, Api.call("POST", "/articles/" + id + "/unpublish", "bt-vien", PASSWORD, null).statusCode());
        assertEquals(404, Api.call("POST", "/articles/khong-co/submit", "bt-vien", PASSWORD, null).statusCode());
        var revisions = Json.array(Api.call("GET", "/articles/" + id + "/revisions", OWNER, PASSWORD, null).body());
        assertEquals(1, revisions.size(), "refused edits leave no revision");
        assertEquals(415, Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/api/v1/articles/" + id + "/submit"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((OWNER + ":" + PASSWORD).getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("a=b"))).statusCode(), "no form posts to the API");
    }

    @Test
    void repeatedWrongPasswordsSlowDownWithoutLockingOutForGood() throws InterruptedException {
        Api.ensureAccount("pv-bi-doan", PASSWORD, "journalist");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.call("POST", "/articles", "pv-bi-doan", "sai-" + i, Api.articleJson("x")).statusCode());
        }
        HttpResponse<String> throttled = Api.call("POST", "/articles", "pv-bi-doan", PASSWORD, Api.articleJson("x"));
        assertEquals(429, throttled.statusCode(), "even the right password waits");
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        Thread.sleep(1_500);
        assertEquals(201, Api.call("POST", "/articles", "pv-bi-doan", PASSWORD, Api.articleJson("Sau khi chờ")).statusCode());
    }

    private static String articleIn(String state) {
        String id = Json.object(Api.call("POST", "/articles", OWNER, PASSWORD, Api.articleJson(title())).body()).getString("id");
        if (!"draft".equals(state)) {
            assertEquals(200, Api.call("POST", "/articles/" + id + "/submit", OWNER, PASSWORD, null).statusCode());
        }
        if ("published".equals(state)) {
            assertEquals(200, Api.call("POST", "/articles/" + id + "/publish", "bt-vien", PASSWORD, null).statusCode());
        }
        return id;
    }

    private static String title() {
        return "Bài thử nghiệm số " + COUNTER.incrementAndGet();
    }
}
