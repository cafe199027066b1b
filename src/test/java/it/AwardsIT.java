package it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An award cycle over the API: nominating a child (held for the guardian's consent), merging a duplicate, council
 * scoring, and laureates that nothing shows (pages, API, search, sitemap) before the announcement time.
 */
class AwardsIT {

    static final Pattern CONSENT = Pattern.compile("/phu-huynh/dong-y\\.xhtml\\?ma=([A-Za-z0-9_-]+)");
    static final String PW = "mat-khau-giai-thuong-1";
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-gt", PW, "editor");
        Api.ensureAccount("hd-gt1", PW, "jury");
        Api.ensureAccount("hd-gt2", PW, "jury");
        Api.ensureAccount("nd-gt1", PW);
        Api.ensureAccount("nd-gt2", PW);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    static String definition(String name, int year, long open, long close, long announce, boolean self) {
        return """
                ---
                name: "%s"
                summary: "Giải thử nghiệm của kiểm thử tự động."
                selfNomination: %s
                forChildren: true
                cycles:
                  - year: %d
                    categories:
                      - {code: "6-10", name: "Các em 6–10 tuổi", kind: individual, ages: [6, 10]}
                      - {code: "11-15", name: "Các em 11–15 tuổi", kind: individual, ages: [11, 15]}
                    nominationsOpen: "%s"
                    nominationsClose: "%s"
                    announce: "%s"
                    rubric:
                      scale: 10
                      criteria:
                        - {name: "Việc tốt", weight: 50}
                        - {name: "Nghị lực", weight: 50}
                    council: ["hd-gt1", "hd-gt2"]
                ---
                Giải thưởng thử nghiệm.
                """.formatted(name, self, year, ContestsIT.at(open), ContestsIT.at(close), ContestsIT.at(announce));
    }

    static Multipart nomination(String nominee, String given, int birthYear, String guardian) {
        return new Multipart().field("category", "6-10").field("nominatorName", "Cô Phan Thị Lan")
                .field("relation", "Cô giáo chủ nhiệm").field("nomineeName", nominee).field("nomineeGivenName", given)
                .field("nomineeBirthYear", String.valueOf(birthYear)).field("nomineeProvince", "Tuyên Quang")
                .field("nomineeOrganisation", "Trường Tiểu học Minh Xuân").field("guardianEmail", guardian)
                .field("achievements", "Em **Minh Anh** đọc sách cho các bạn khiếm thị trong thư viện trường mỗi chiều thứ Sáu suốt hai năm.");
    }

    @Test
    void aChildsNominationFromConsentToAnEmbargoedAnnouncement() throws Exception {
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String name = "Giải thử nghiệm " + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = Api.call("POST", "/awards", "bt-gt", PW,
                ContestsIT.json(definition(name, year, -3600, 3600, 7200, false)));
        assertEquals(201, created.statusCode(), created.body());
        String slug = Json.object(created.body()).getString("slug");
        assertEquals(403, Api.call("POST", "/awards", "nd-gt1", PW, ContestsIT.json(definition(name + " 2", year, -3600, 3600, 7200, false))).statusCode());
        assertTrue(Api.call("GET", "/awards", null, null, null).body().contains("\"slug\":\"" + slug + "\""));

        // nominating: an account, the rules of the programme, and the guardian for a child
        assertEquals(401, nomination("Lê Hoàng Minh Anh", "Minh Anh", year - 9, "bo.minh.anh@example.org").post("/awards/" + slug + "/nominations").statusCode());
        HttpResponse<String> self = nomination("Lê Hoàng Minh Anh", "Minh Anh", year - 9, "bo.minh.anh@example.org")
                .field("self", "true").as("nd-gt1", PW).post("/awards/" + slug + "/nominations");
        assertEquals(400, self.statusCode());
        assertTrue(Json.object(self.body()).getString("error").contains("không nhận tự đề cử"), self.body());
        HttpResponse<String> first = nomination("Lê Hoàng Minh Anh", "Minh Anh", year - 9, "bo.minh.anh@example.org")
                .as("nd-gt1", PW).post("/awards/" + slug + "/nominations");
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("held", Json.object(first.body()).getString("status"));
        String id = Json.object(first.body()).getString("id");
        String token = Mails.link(Mails.await(smtp, "bo.minh.anh@example.org", "Xin ý kiến phụ huynh"), CONSENT);
        JsonObject asked = Json.object(Api.call("GET", "/consents/" + token, null, null, null).body());
        assertTrue(asked.getString("purpose").contains("đề cử"), asked.toString());
        HttpResponse<String> second = nomination("Lê  Hoàng Minh  Anh", "Minh Anh", year - 9, "bo.minh.anh@example.org")
                .as("nd-gt2", PW).post("/awards/" + slug + "/nominations");
        assertEquals(201, second.statusCode(), second.body());
        String duplicate = Json.object(second.body()).getString("id");

        // held: nobody shortlists or scores it before the guardian consents
        assertEquals(200, Api.call("POST", "/awards/" + slug + "/nominations/" + id + "/screening", "bt-gt", PW,
                "{\"eligible\":true,\"reason\":\"Đủ điều kiện về độ tuổi và thành tích\"}").statusCode());
        assertTrue(Mails.body(Mails.await(smtp, "nd-gt1@example.org", "Kết quả xét đề cử")).contains("Đủ điều kiện về độ tuổi"));
        assertEquals(409, Api.call("POST", "/awards/" + slug + "/shortlist", "bt-gt", PW,
                "{\"year\":" + year + ",\"nominationIds\":[\"" + id + "\"]}").statusCode());

        // duplicates are found however typed, and merged into one
        JsonObject list = Json.object(Api.call("GET", "/awards/" + slug + "/nominations?year=" + year, "bt-gt", PW, null).body());
        assertTrue(list.getJsonArray("possibleDuplicates").toString().contains(id)
                && list.getJsonArray("possibleDuplicates").toString().contains(duplicate), list.toString());
        assertEquals(403, Api.call("POST", "/awards/" + slug + "/merge", "hd-gt1", PW,
                "{\"keep\":\"" + id + "\",\"merge\":[\"" + duplicate + "\"]}").statusCode());
        // a held nomination is never merged: its child's text would reach the council before the guardian said yes
        HttpResponse<String> held = Api.call("POST", "/awards/" + slug + "/merge", "bt-gt", PW,
                "{\"keep\":\"" + id + "\",\"merge\":[\"" + duplicate + "\"]}");
        assertEquals(409, held.statusCode(), held.body());
        assertTrue(Json.object(held.body()).getString("error").contains("chờ cha mẹ"), held.body());
        // a body the API cannot act on is refused with the field it is about, and answers nothing
        HttpResponse<String> unclear = Api.call("POST", "/consents/" + token, null, null, "{\"decision\":\"maybe\"}");
        assertEquals(400, unclear.statusCode(), unclear.body());
        assertEquals("decision", Json.object(unclear.body()).getJsonArray("problems").getJsonObject(0).getString("field"),
                unclear.body());
        assertEquals(400, Api.call("POST", "/consents/" + token, null, null, "").statusCode(), "no body");
        assertEquals(200, Api.call("POST", "/consents/" + token, null, null,
                "{\"decision\":\"consent\",\"guardianName\":\"Lê Văn Bình\"}").statusCode());
        String duplicateToken = awaitSecondConsentLink("bo.minh.anh@example.org", token);
        assertEquals(409, Api.call("POST", "/awards/" + slug + "/merge", "bt-gt", PW,
                "{\"keep\":\"" + id + "\",\"merge\":[\"" + duplicate + "\"]}").statusCode(), "the duplicate is still held");
        assertEquals(200, Api.call("POST", "/consents/" + duplicateToken, null, null,
                "{\"decision\":\"consent\",\"guardianName\":\"Lê Văn Bình\"}").statusCode());
        HttpResponse<String> merged = Api.call("POST", "/awards/" + slug + "/merge", "bt-gt", PW,
                "{\"keep\":\"" + id + "\",\"merge\":[\"" + duplicate + "\"]}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertTrue(Json.object(merged.body()).getJsonArray("supporters").toString().contains("Cô Phan Thị Lan"));
        list = Json.object(Api.call("GET", "/awards/" + slug + "/nominations?year=" + year, "bt-gt", PW, null).body());
        assertEquals(1, list.getJsonArray("items").size(), "the duplicate is folded in");
        assertTrue(Mails.body(Mails.await(smtp, "nd-gt2@example.org", "Đề cử")).contains("gộp"));

        assertTrue(Json.object(merged.body()).getString("achievements").contains("Theo đề cử"), merged.body());
        assertEquals(200, Api.call("POST", "/awards/" + slug + "/shortlist", "bt-gt", PW,
                "{\"year\":" + year + ",\"nominationIds\":[\"" + id + "\"]}").statusCode());

        // the council sees a child as the public would ("Minh Anh L."), never the full name or who nominated
        assertEquals(403, Api.call("GET", "/awards/" + slug + "/council/nominations?year=" + year, "nd-gt1", PW, null).statusCode());
        String council = Api.call("GET", "/awards/" + slug + "/council/nominations?year=" + year, "hd-gt1", PW, null).body();
        assertTrue(council.contains(id) && council.contains("Minh Anh L."), council);
        assertFalse(council.contains("Lê Hoàng") || council.contains("Phan Thị Lan"), council);
        String councilPage = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE
                + "/giam-khao/hoi-dong.xhtml?giai=" + slug + "&nam=" + year + "&de-cu=" + id))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("hd-gt1:" + PW)
                        .getBytes(StandardCharsets.UTF_8)))).body();
        assertTrue(councilPage.contains("Minh Anh L."), councilPage);
        assertFalse(councilPage.contains("Lê Hoàng") || councilPage.contains("Phan Thị Lan"), councilPage);

        // a withdrawal through the merged nomination's link takes its part back out of the one kept
        assertEquals(200, Api.call("POST", "/consents/" + duplicateToken, null, null, "{\"decision\":\"withdraw\"}").statusCode());
        JsonObject kept = Json.object(Api.call("GET", "/awards/" + slug + "/nominations?year=" + year, "bt-gt", PW, null).body())
                .getJsonArray("items").getJsonObject(0);
        assertFalse(kept.getString("achievements").contains("Theo đề cử"), kept.toString());

        // the council scores with the judging module; a conflict of interest steps aside
        assertEquals(200, Api.call("POST", "/awards/" + slug + "/council/nominations/" + id + "/scores?year=" + year, "hd-gt1", PW,
                "{\"scores\":[9,8]}").statusCode());
        assertEquals(200, Api.call("POST", "/awards/" + slug + "/council/nominations/" + id + "/conflict?year=" + year, "hd-gt2", PW,
                "{\"reason\":\"Cháu ruột\"}").statusCode());
        String board = Api.call("GET", "/awards/" + slug + "/board?year=" + year, "bt-gt", PW, null).body();
        assertTrue(board.contains("\"mean\":85.0"), board); // (50×0.9 + 50×0.8) / 100 × 100

        // laureates decided: embargoed until the announcement
        HttpResponse<String> decided = Api.call("POST", "/awards/" + slug + "/laureates", "bt-gt", PW,
                "{\"year\":" + year + ",\"laureates\":[{\"nominationId\":\"" + id + "\",\"citation\":\"Người đọc sách cho bạn bè khiếm thị.\"}]}");
        assertEquals(200, decided.statusCode(), decided.body());
        assertNothingShown(slug, year);

        // the announcement time comes: page, archive, API and search show the laureate, as the public may see her
        assertEquals(200, Api.call("PUT", "/awards/" + slug, "bt-gt", PW,
                ContestsIT.json(definition(name, year, -3600, -10, 2, false))).statusCode());
        assertNothingShown(slug, year);
        String laureates = awaitLaureates(slug, year);
        assertTrue(laureates.contains("Minh Anh L.") && !laureates.contains("Hoàng"), laureates);
        String page = Http.get("/giai-thuong/" + slug + "/" + year).body();
        assertTrue(page.contains("Minh Anh L.") && page.contains("Người đọc sách cho bạn bè khiếm thị."), page);
        assertFalse(page.contains("Lê Hoàng"));
        assertTrue(Http.get("/giai-thuong/" + slug).body().contains("/giai-thuong/" + slug + "/" + year));
        assertTrue(Http.get("/sitemap.xml").body().contains("/giai-thuong/" + slug + "/" + year + "</loc>"));
        assertTrue(searchFinds("nguoi doc sach cho ban be khiem thi", slug), "announced laureates join search");

        // the guardian withdraws: the child leaves the announcement
        assertEquals(200, Api.call("POST", "/consents/" + token, null, null, "{\"decision\":\"withdraw\"}").statusCode());
        assertFalse(Api.call("GET", "/awards/" + slug + "/laureates?year=" + year, null, null, null).body().contains("Minh Anh"));
        assertFalse(Http.get("/giai-thuong/" + slug + "/" + year).body().contains("Minh Anh"));
    }

    /** The consent link of the second request mailed to a guardian, the first being known. */
    private static String awaitSecondConsentLink(String guardian, String first) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            for (var message : Mails.received(smtp, guardian, "Xin ý kiến phụ huynh")) {
                String link = Mails.link(message, CONSENT);
                if (!link.equals(first)) {
                    return link;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no second consent request reached " + guardian);
    }

    private static void assertNothingShown(String slug, int year) {
        assertEquals("{\"items\":[]}", Api.call("GET", "/awards/" + slug + "/laureates?year=" + year, null, null, null).body());
        assertEquals(404, Http.get("/giai-thuong/" + slug + "/" + year).statusCode());
        assertFalse(Http.get("/giai-thuong/" + slug).body().contains("Minh Anh"));
        assertFalse(Api.call("GET", "/awards/" + slug, null, null, null).body().contains("Minh Anh"));
        assertFalse(Http.get("/sitemap.xml").body().contains("/giai-thuong/" + slug + "/" + year + "<"));
        assertFalse(searchFinds("nguoi doc sach cho ban be khiem thi", slug), "not in search before the announcement");
    }

    private static boolean searchFinds(String query, String slug) {
        return Api.call("GET", "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null, null).body()
                .contains("/giai-thuong/" + slug + "/");
    }

    private static String awaitLaureates(String slug, int year) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            body = Api.call("GET", "/awards/" + slug + "/laureates?year=" + year, null, null, null).body();
            if (body.contains("Minh Anh") && searchFinds("nguoi doc sach cho ban be khiem thi", slug)) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not announced: " + body);
    }

    @Test
    void theSampleProgrammesHaveTheirPastLaureates() {
        String list = Api.call("GET", "/awards", null, null, null).body();
        assertTrue(list.contains("giai-cong-hien-vi-tre-em-viet-nam") && list.contains("guong-mat-tre-em-tieu-bieu"), list);
        String past = Api.call("GET", "/awards/giai-cong-hien-vi-tre-em-viet-nam/laureates?year=2025", null, null, null).body();
        assertTrue(past.contains("Hoàng Thị Thu Hà"), past);
        assertEquals(404, Api.call("GET", "/awards/khong-co/laureates", null, null, null).statusCode());
        for (String path : List.of("/giai-thuong", "/giai-thuong/guong-mat-tre-em-tieu-bieu", "/giai-thuong/guong-mat-tre-em-tieu-bieu/2025")) {
            HttpResponse<String> r = Http.get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie on " + path);
        }
    }
}
