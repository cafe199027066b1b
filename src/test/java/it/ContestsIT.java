package it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.control.ProofOfWork;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest over the API from set-up to results: the consent gate, blind judging with hand-worked aggregation,
 * the shortlist, fraud-resistant voting that closes on the second, embargoed results, exports and withdrawal.
 */
class ContestsIT {

    static final Pattern CONSENT = Pattern.compile("/phu-huynh/dong-y\\.xhtml\\?ma=([A-Za-z0-9_-]+)");
    static final Pattern VOTE = Pattern.compile("/du-thi/xac-nhan-binh-chon\\.xhtml\\?ma=([A-Za-z0-9_-]+)");
    static final String PW = "mat-khau-cuoc-thi-1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-ct", PW, "editor");
        for (String judge : List.of("gk-ct1", "gk-ct2", "gk-ct3")) {
            Api.ensureAccount(judge, PW, "jury");
        }
        Api.ensureAccount("ts-me-an", PW);
        Api.ensureAccount("ts-binh", PW);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    /** A time in Vietnam, the given number of seconds from now, as a definition writes it. */
    static String at(long seconds) {
        return TIME.format(ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusSeconds(seconds));
    }

    static String definition(String edition, long open, long close, long judged, long votingOpen, long votingClose, long results) {
        return """
                ---
                name: "Ngôi nhà mơ ước"
                edition: "%s"
                ages: [6, 18]
                categories:
                  - {code: "nho", name: "Tranh vẽ 6–11 tuổi", ages: [6, 11]}
                  - {code: "lon", name: "Bài viết 12–18 tuổi", ages: [12, 18]}
                timeline:
                  entriesOpen: "%s"
                  entriesClose: "%s"
                  judgingEnds: "%s"
                  votingOpen: "%s"
                  votingClose: "%s"
                  results: "%s"
                fields:
                  - {key: "title", label: "Tên tác phẩm", type: text, required: true, max: 150}
                  - {key: "y-tuong", label: "Ý tưởng", type: textarea, required: true, max: 2000}
                files: {types: [image], min: 0, max: 2, maxMB: 1}
                rubric:
                  scale: 10
                  criteria:
                    - {name: "Ý tưởng", weight: 60}
                    - {name: "Thể hiện", weight: 40}
                voting: {enabled: true, period: contest, juryWeight: 70, publicWeight: 30}
                prizes: ["Giải Nhất", "Giải Nhì"]
                rules: |
                  1. Mỗi em gửi một bài cho mỗi hạng mục.
                ---
                Cuộc thi thử nghiệm của kiểm thử tự động.
                """.formatted(edition, at(open), at(close), at(judged), at(votingOpen), at(votingClose), at(results));
    }

    static String json(String text) {
        return "{\"definition\":" + jakarta.json.Json.createValue(text).toString() + "}";
    }

    static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static Multipart entry(String category, String family, String given, int birthYear, String guardian, String title) {
        Multipart form = new Multipart().field("category", category).field("familyName", family).field("givenName", given)
                .field("birthYear", String.valueOf(birthYear)).field("province", "Lạng Sơn")
                .field("school", "Trường Tiểu học Hoàng Văn Thụ").field("title", title)
                .field("y-tuong", "Ngôi nhà có khu vườn nhỏ và một góc đọc sách cho cả xóm.");
        return guardian == null ? form : form.field("guardianEmail", guardian);
    }

    static String vote(String slug, String entryId, String user, String email) {
        JsonObject challenge = Json.object(Api.call("GET", "/contests/" + slug + "/entries/" + entryId + "/votes/challenge",
                null, null, null).body());
        String nonce = ProofOfWork.solve(challenge.getString("challenge"), challenge.getInt("difficulty"));
        return "{\"email\":" + (email == null ? "null" : "\"" + email + "\"") + ",\"challenge\":\""
                + challenge.getString("challenge") + "\",\"nonce\":\"" + nonce + "\"}";
    }

    @Test
    void fromEntryToResults() throws Exception {
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String edition = "thu-" + System.nanoTime() % 1_000_000;
        String slug = "ngoi-nha-mo-uoc-" + edition;
        String body = json(definition(edition, -3600, 3600, 7200, 7300, 7400, 7500));

        // set-up: editors only; a draft is not public
        assertEquals(401, Api.call("POST", "/contests", null, null, body).statusCode());
        assertEquals(403, Api.call("POST", "/contests", "ts-binh", PW, body).statusCode());
        // a picture that is not in the library is refused by name, and nothing is created
        String missingPicture = json(definition(edition, -3600, 3600, 7200, 7300, 7400, 7500)
                .replaceFirst("(?m)^ages:", "image: \"/media/khong-co-anh-nay.jpg\"\nimageAlt: \"Ảnh\"\nages:"));
        HttpResponse<String> refused = Api.call("POST", "/contests", "bt-ct", PW, missingPicture);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(Json.object(refused.body()).getString("error").contains("/media/khong-co-anh-nay.jpg"), refused.body());
        HttpResponse<String> created = Api.call("POST", "/contests", "bt-ct", PW, body);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(slug, Json.object(created.body()).getString("slug"));
        assertEquals(404, Api.call("GET", "/contests/" + slug, null, null, null).statusCode());
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/publish", "bt-ct", PW, null).statusCode());
        assertEquals("open", Json.object(Api.call("GET", "/contests/" + slug, null, null, null).body()).getString("phase"));
        assertTrue(Api.call("GET", "/contests", null, null, null).body().contains("\"slug\":\"" + slug + "\""));

        // entering: a child's entry is held for a guardian; an entrant of 17 needs none
        assertEquals(401, entry("nho", "Nguyễn", "An", year - 9, "me.an@example.org", "Lâu đài ven sông Kỳ Cùng")
                .post("/contests/" + slug + "/entries").statusCode());
        HttpResponse<String> child = entry("nho", "Nguyễn", "An", year - 9, "me.an@example.org", "Lâu đài ven sông Kỳ Cùng")
                .file("file", "lau-dai.png", png()).as("ts-me-an", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, child.statusCode(), child.body());
        JsonObject held = Json.object(child.body());
        assertEquals("held", held.getString("status"));
        String childId = held.getString("id");
        String childCode = held.getString("code");
        assertTrue(childCode.startsWith("NNMU-"), childCode);
        String consentToken = Mails.link(Mails.await(smtp, "me.an@example.org", "Xin ý kiến phụ huynh"), CONSENT);
        assertTrue(Mails.body(Mails.await(smtp, "ts-me-an@example.org", "Đã nhận bài dự thi")).contains(childCode));
        HttpResponse<String> teen = entry("lon", "Trần", "Bình", year - 17, null, "Mái nhà xanh của bà")
                .as("ts-binh", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, teen.statusCode(), teen.body());
        assertEquals("received", Json.object(teen.body()).getString("status"));
        String teenId = Json.object(teen.body()).getString("id");
        HttpResponse<String> twice = entry("lon", "Trần", "Bình", year - 17, null, "Lần hai").as("ts-binh", PW)
                .post("/contests/" + slug + "/entries");
        assertEquals(409, twice.statusCode(), "one entry per person and category");

        // screening, then entries close (the editor moves the dates)
        for (String id : List.of(childId, teenId)) {
            assertEquals(403, Api.call("POST", "/contests/" + slug + "/entries/" + id + "/screening", "gk-ct1", PW,
                    "{\"eligible\":true}").statusCode());
            assertEquals(200, Api.call("POST", "/contests/" + slug + "/entries/" + id + "/screening", "bt-ct", PW,
                    "{\"eligible\":true}").statusCode());
        }
        assertEquals(400, Api.call("POST", "/contests/" + slug + "/entries/" + teenId + "/screening", "bt-ct", PW,
                "{\"eligible\":false}").statusCode(), "a refusal needs a reason");
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-ct", PW,
                json(definition(edition, -3600, -60, 7200, 7300, 7400, 7500))).statusCode());

        // the consent gate: a held entry is not judged
        String juryList = Api.call("GET", "/contests/" + slug + "/jury/entries", "gk-ct1", PW, null).body();
        assertTrue(juryList.contains(Json.object(teen.body()).getString("code")), juryList);
        assertFalse(juryList.contains(childCode), "held until a guardian consents");
        assertEquals(404, Api.call("POST", "/contests/" + slug + "/jury/entries/" + childId + "/scores", "gk-ct1", PW,
                "{\"scores\":[5,5]}").statusCode());
        assertEquals(403, Api.call("GET", "/contests/" + slug + "/jury/entries", "bt-ct", PW, null).statusCode(),
                "editors are not judges");
        assertEquals(409, Api.call("POST", "/contests/" + slug + "/shortlist", "bt-ct", PW,
                "{\"entryIds\":[\"" + childId + "\"]}").statusCode(), "a held entry cannot be shortlisted");
        assertEquals(404, Http.get("/tep-du-thi/" + childId + "/x.png").statusCode());
        assertFalse(Api.call("GET", "/search?q=" + URLEncoder.encode("Lâu đài ven sông", StandardCharsets.UTF_8), null, null, null)
                .body().contains(childId), "nor in search");
        assertFalse(Api.call("GET", "/contests/" + slug + "/gallery", null, null, null).body().contains(childId));

        HttpResponse<String> consent = Api.call("POST", "/consents/" + consentToken, null, null,
                "{\"decision\":\"consent\",\"guardianName\":\"Nguyễn Thị Mai\"}");
        assertEquals(200, consent.statusCode(), consent.body());
        assertEquals("given", Json.object(consent.body()).getString("status"));

        // blind judging: no entrant's name, school, province or address in any jury answer or page
        juryList = Api.call("GET", "/contests/" + slug + "/jury/entries", "gk-ct1", PW, null).body();
        assertTrue(juryList.contains(childCode), "consented: now judged");
        String juryPage = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE
                + "/giam-khao/cham.xhtml?cuoc-thi=" + slug + "&bai=" + childId)).header("Authorization", basic("gk-ct2"))).body();
        assertTrue(juryPage.contains("Lâu đài ven sông Kỳ Cùng"), juryPage);
        for (String secret : List.of("Nguyễn", "\"An\"", "An N.", "Trần", "Bình", "Hoàng Văn Thụ", "Lạng Sơn",
                "example.org", "ts-me-an", "ts-binh")) {
            assertFalse(juryList.contains(secret), secret + " in the jury's list");
            assertFalse(juryPage.contains(secret), secret + " on the jury's page");
        }

        // scores worked by hand (weights 60/40, scale 10):
        // gk1: teen 8,6 → 48+24 = 72; child 6,5 → 36+20 = 56.  gk2: teen 9,9 → 90; child 5,4 → 30+16 = 46.
        // gk3 declares a conflict on the child and gives the teen 7,7 → 70.
        score(slug, teenId, "gk-ct1", "[8,6]");
        score(slug, childId, "gk-ct1", "[6,5]");
        score(slug, teenId, "gk-ct2", "[9,9]");
        score(slug, childId, "gk-ct2", "[5,4]");
        assertEquals(400, Api.call("POST", "/contests/" + slug + "/jury/entries/" + teenId + "/scores", "gk-ct3", PW,
                "{\"scores\":[11,7]}").statusCode());
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/jury/entries/" + childId + "/conflict", "gk-ct3", PW,
                "{\"reason\":\"Cháu họ của tôi\"}").statusCode());
        assertEquals(409, Api.call("POST", "/contests/" + slug + "/jury/entries/" + childId + "/scores", "gk-ct3", PW,
                "{\"scores\":[7,7]}").statusCode());
        score(slug, teenId, "gk-ct3", "[7,7]");
        JsonObject board = Json.object(Api.call("GET", "/contests/" + slug + "/board", "bt-ct", PW, null).body());
        // means: teen (72+90+70)/3 = 77.33, child (56+46)/2 = 51.
        // normalised: gk1 μ 64 σ 8 and gk2 μ 68 σ 22 give the teen z = +1 and the child z = −1; gk3's single mark
        // says nothing (z = 0). All five marks: M = 66.8, S = √224.96 = 14.9987.
        // teen: 66.8 + 14.9987 × (1+1+0)/3 = 76.80; child: 66.8 − 14.9987 = 51.80
        JsonObject teenScore = scoreOf(board, teenId);
        JsonObject childScore = scoreOf(board, childId);
        assertEquals(77.33, teenScore.getJsonNumber("mean").doubleValue(), 0.006);
        assertEquals(51.0, childScore.getJsonNumber("mean").doubleValue(), 0.006);
        assertEquals(76.80, teenScore.getJsonNumber("normalised").doubleValue(), 0.006);
        assertEquals(51.80, childScore.getJsonNumber("normalised").doubleValue(), 0.006);
        assertEquals(20.0, teenScore.getJsonNumber("spread").doubleValue(), 0.006);
        assertFalse(teenScore.getBoolean("disputed"));
        assertTrue(board.toString().contains("\"judge\":\"gk-ct3\",\"assigned\":1,\"scored\":1,\"conflicts\":1")
                || board.toString().contains("gk-ct3"), board.toString());

        // the shortlist opens round 2 and the gallery, showing only what was consented to
        HttpResponse<String> shortlisted = Api.call("POST", "/contests/" + slug + "/shortlist", "bt-ct", PW,
                "{\"entryIds\":[\"" + childId + "\",\"" + teenId + "\"]}");
        assertEquals(200, shortlisted.statusCode(), shortlisted.body());
        String gallery = Api.call("GET", "/contests/" + slug + "/gallery", null, null, null).body();
        assertTrue(gallery.contains("An N.") && gallery.contains("Bình T."), gallery);
        assertFalse(gallery.contains("Nguyễn") || gallery.contains("Hoàng Văn Thụ") || gallery.contains("example.org"), gallery);
        String entryPage = Http.get("/bai-du-thi/" + childCode.toLowerCase()).body();
        assertTrue(entryPage.contains("An N. (Lạng Sơn)"), entryPage);
        assertFalse(entryPage.contains("Nguyễn"));
        awaitSearch("lau dai ven song ky cung", childId, true);
        for (String judge : List.of("gk-ct1", "gk-ct2")) {
            score(slug, teenId, judge, "[9,8]");
            score(slug, childId, judge, "[7,7]");
        }

        // voting: proof of work, one vote per e-mail and entry, confirmation by mail, then closed on the second
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-ct", PW,
                json(definition(edition, -3600, -60, -50, -40, 600, 700))).statusCode());
        HttpResponse<String> counted = Api.call("POST", "/contests/" + slug + "/entries/" + childId + "/votes", "ts-binh", PW,
                vote(slug, childId, null, null));
        assertEquals(201, counted.statusCode(), counted.body());
        assertEquals(409, Api.call("POST", "/contests/" + slug + "/entries/" + childId + "/votes", "ts-binh", PW,
                vote(slug, childId, null, null)).statusCode(), "a second vote from the same e-mail");
        String reused = vote(slug, teenId, null, "ban.doc@example.org");
        assertEquals(202, Api.call("POST", "/contests/" + slug + "/entries/" + teenId + "/votes", null, null, reused).statusCode());
        assertEquals(400, Api.call("POST", "/contests/" + slug + "/entries/" + teenId + "/votes", null, null, reused).statusCode(),
                "a challenge is good once");
        assertEquals(400, Api.call("POST", "/contests/" + slug + "/entries/" + teenId + "/votes", null, null,
                "{\"email\":\"x@example.org\",\"challenge\":\"v1.abc\",\"nonce\":\"1\"}").statusCode());
        String token = Mails.link(Mails.await(smtp, "ban.doc@example.org", "Xác nhận bình chọn"), VOTE);
        assertEquals(201, Api.call("POST", "/contests/votes/confirmations", null, null, "{\"token\":\"" + token + "\"}").statusCode());
        assertEquals(404, Api.call("POST", "/contests/votes/confirmations", null, null, "{\"token\":\"" + token + "\"}").statusCode());

        // a burst from one address is flagged for editors
        for (int i = 0; i < 20; i++) {
            Api.ensureAccount("cu-tri-" + i, PW);
            assertEquals(201, Api.call("POST", "/contests/" + slug + "/entries/" + teenId + "/votes", "cu-tri-" + i, PW,
                    vote(slug, teenId, null, null)).statusCode());
        }
        String flagged = Api.call("GET", "/contests/" + slug + "/board", "bt-ct", PW, null).body();
        assertTrue(flagged.contains("cùng địa chỉ mạng"), flagged);

        String late = vote(slug, childId, null, "muon@example.org");
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-ct", PW,
                json(definition(edition, -3600, -60, -50, -40, 2, 8))).statusCode());
        Thread.sleep(2500);
        HttpResponse<String> closed = Api.call("POST", "/contests/" + slug + "/entries/" + childId + "/votes", null, null, late);
        assertEquals(409, closed.statusCode(), closed.body());
        assertTrue(Json.object(closed.body()).getString("error").contains("đã đóng"));

        // results: embargoed until their time, then public, combining jury and votes
        HttpResponse<String> published = Api.call("POST", "/contests/" + slug + "/results", "bt-ct", PW, null);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals(404, Api.call("GET", "/contests/" + slug + "/results", null, null, null).statusCode());
        assertEquals(404, Http.get("/cuoc-thi/" + slug + "/ket-qua").statusCode());
        assertTrue(Api.call("GET", "/contests/" + slug, null, null, null).body().contains("\"results\":[]"), "embargoed");
        Thread.sleep(6500);
        HttpResponse<String> results = Api.call("GET", "/contests/" + slug + "/results", null, null, null);
        assertEquals(200, results.statusCode());
        assertTrue(results.body().contains("Lâu đài ven sông Kỳ Cùng") && results.body().contains("Giải Nhất"), results.body());
        assertTrue(Http.get("/cuoc-thi/" + slug + "/ket-qua").body().contains("An N."));

        // exports for editors
        String csv = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/bien-tap/cuoc-thi.csv?slug="
                + slug + "&bang=bai")).header("Authorization", basic("bt-ct"))).body();
        assertTrue(csv.startsWith("\uFEFF") && csv.contains(childCode) && csv.contains("Đã đồng ý"), csv);
        String votes = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/bien-tap/cuoc-thi.csv?slug="
                + slug + "&bang=phieu")).header("Authorization", basic("bt-ct"))).body();
        assertEquals(22, votes.lines().count() - 1, "every counted vote is a line of the ledger");
        assertEquals(403, Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/bien-tap/cuoc-thi.csv?slug="
                + slug + "&bang=bai")).header("Authorization", basic("gk-ct1"))).statusCode());

        // the guardian withdraws: the child's entry leaves every page, the results and search
        assertEquals(200, Api.call("POST", "/consents/" + consentToken, null, null, "{\"decision\":\"withdraw\"}").statusCode());
        assertFalse(Api.call("GET", "/contests/" + slug + "/gallery", null, null, null).body().contains(childId));
        assertEquals(404, Http.get("/bai-du-thi/" + childCode.toLowerCase()).statusCode());
        assertFalse(Api.call("GET", "/contests/" + slug + "/results", null, null, null).body().contains("Kỳ Cùng"));
        assertFalse(Http.get("/cuoc-thi/" + slug + "/ket-qua").body().contains("Kỳ Cùng"));
        awaitSearch("lau dai ven song ky cung", childId, false);
    }

    @Test
    void filesAreCheckedByContentAndSize() throws Exception {
        String edition = "tep-" + System.nanoTime() % 1_000_000;
        String slug = "ngoi-nha-mo-uoc-" + edition;
        assertEquals(201, Api.call("POST", "/contests", "bt-ct", PW, json(definition(edition, -60, 3600, 7200, 7300, 7400, 7500))).statusCode());
        Api.call("POST", "/contests/" + slug + "/publish", "bt-ct", PW, null);
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> disguised = entry("lon", "Lê", "Chi", year - 17, null, "Tranh").file("file", "tranh.png", html)
                .as("ts-binh", PW).post("/contests/" + slug + "/entries");
        assertEquals(400, disguised.statusCode());
        assertTrue(Json.object(disguised.body()).getString("error").contains("kiểm tra theo nội dung"), disguised.body());
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(png(), 0, big, 0, png().length);
        HttpResponse<String> oversized = entry("lon", "Lê", "Chi", year - 17, null, "Tranh").file("file", "to.png", big)
                .as("ts-binh", PW).post("/contests/" + slug + "/entries");
        assertEquals(400, oversized.statusCode());
        assertTrue(Json.object(oversized.body()).getString("error").contains("tối đa 1 MB"), oversized.body());
        HttpResponse<String> three = entry("lon", "Lê", "Chi", year - 17, null, "Tranh").file("file", "a.png", png())
                .file("file", "b.png", png()).file("file", "c.png", png()).as("ts-binh", PW).post("/contests/" + slug + "/entries");
        assertEquals(400, three.statusCode());
        HttpResponse<String> noTitle = new Multipart().field("category", "lon").as("ts-binh", PW).post("/contests/" + slug + "/entries");
        assertEquals(400, noTitle.statusCode());
        assertTrue(Json.object(noTitle.body()).getString("error").contains("Tên tác phẩm"), noTitle.body());
        // each problem names its field, so that an app can mark it as the pages do
        var problems = Json.object(noTitle.body()).getJsonArray("problems").stream().map(JsonObject.class::cast).toList();
        assertTrue(problems.stream().anyMatch(p -> p.getString("field").equals("values.title")
                && p.getString("message").contains("Tên tác phẩm")), noTitle.body());
        assertTrue(problems.stream().anyMatch(p -> p.getString("field").equals("birthYear")), noTitle.body());
        assertFalse(Api.call("GET", "/contests/" + slug + "/entries", "bt-ct", PW, null).body().contains("Chi"), "nothing was kept");
        assertTrue(Http.get("/cuoc-thi/" + slug).headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
    }

    /** The id of the entry with this code, as the editors' list gives it. */
    static String idOf(String slug, String code, String editor) {
        return Json.object(Api.call("GET", "/contests/" + slug + "/entries", editor, PW, null).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("code").equals(code)).findFirst()
                .orElseThrow().getString("id");
    }

    private static void score(String slug, String entryId, String judge, String scores) {
        HttpResponse<String> r = Api.call("POST", "/contests/" + slug + "/jury/entries/" + entryId + "/scores", judge, PW,
                "{\"scores\":" + scores + "}");
        assertEquals(200, r.statusCode(), r.body());
    }

    private static JsonObject scoreOf(JsonObject board, String entryId) {
        return board.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("entryId").equals(entryId)).findFirst().orElseThrow();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8));
    }

    /** Search follows within a second or two; waits up to 5 s for the entry to be found, or to be gone. */
    private static void awaitSearch(String query, String id, boolean present) throws InterruptedException {
        String url = "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        long deadline = System.currentTimeMillis() + 5000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = Api.call("GET", url, null, null, null).body();
            if (body.contains(id) == present) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError((present ? "not found: " : "still found: ") + id + " in " + body);
    }
}
