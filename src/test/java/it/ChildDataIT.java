package it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.testing.TestImages;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child's entry as the hardening probe attacked it: a child naming their own mailbox as the guardian's, a PDF
 * whose metadata names the child and the school, pages a browser or proxy could keep after a withdrawal, and a
 * consent record that kept the work's title once withdrawn.
 */
class ChildDataIT {

    static final String PW = "mat-khau-tre-em-1";
    private static final String CHILD = "Đỗ Thị Hồng Nhung";
    private static final String SCHOOL = "Trường Tiểu học Kim Đồng";
    private static GreenMail smtp;
    private static final java.net.http.HttpClient BYTES = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-tre", PW, "editor");
        Api.ensureAccount("gk-tre", PW, "jury");
        Api.ensureAccount("ts-nhung", PW);
        Api.ensureAccount("ts-khoa", PW);
        Api.ensureAccount("me.khoa", PW);
        Api.ensureAccount("pv-tre", PW, "journalist");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Test
    void aChildsEntryKeepsTheChildOutOfEverythingItShould() throws Exception {
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String edition = "tre-" + System.nanoTime() % 1_000_000;
        String slug = "ngoi-nha-mo-uoc-" + edition;
        String open = ContestsIT.definition(edition, -3600, 3600, 7200, 7300, 7400, 7500).replace("types: [image]", "types: [image, pdf]");
        assertEquals(201, Api.call("POST", "/contests", "bt-tre", PW, ContestsIT.json(open)).statusCode());
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/publish", "bt-tre", PW, null).statusCode());
        byte[] pdf = TestImages.pdfNaming(CHILD, "Bài dự thi – " + SCHOOL);

        // a child cannot be their own guardian: the account's mailbox is refused, also with a +tag or other case
        for (String own : List.of("ts-nhung@example.org", "TS-Nhung+me@Example.org")) {
            HttpResponse<String> self = ContestsIT.entry("nho", "Đỗ Thị Hồng", "Nhung", year - 9, own, "Ngôi nhà trên cây bàng")
                    .file("file", "bai.pdf", pdf).as("ts-nhung", PW).post("/contests/" + slug + "/entries");
            assertEquals(400, self.statusCode(), self.body());
            assertTrue(Json.object(self.body()).getString("error").contains("phải khác địa chỉ"), self.body());
        }
        HttpResponse<String> sent = ContestsIT.entry("nho", "Đỗ Thị Hồng", "Nhung", year - 9, "me.nhung@example.org",
                "Ngôi nhà trên cây bàng").file("file", "bai.pdf", pdf).as("ts-nhung", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, sent.statusCode(), sent.body());
        String id = Json.object(sent.body()).getString("id");
        String code = Json.object(sent.body()).getString("code");
        String token = Mails.link(Mails.await(smtp, "me.nhung@example.org", "Xin ý kiến phụ huynh"), ContestsIT.CONSENT);
        assertEquals(200, Api.call("POST", "/consents/" + token, null, null,
                "{\"decision\":\"consent\",\"guardianName\":\"Đỗ Văn Hải\"}").statusCode());
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/entries/" + id + "/screening", "bt-tre", PW,
                "{\"eligible\":true}").statusCode());
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-tre", PW, ContestsIT.json(
                ContestsIT.definition(edition, -3600, -60, 7200, 7300, 7400, 7500).replace("types: [image]", "types: [image, pdf]")))
                .statusCode());

        // the judges' copy of the PDF says nothing of who made it
        JsonObject blind = Json.object(Api.call("GET", "/contests/" + slug + "/jury/entries", "gk-tre", PW, null).body())
                .getJsonArray("items").stream().map(JsonObject.class::cast).filter(e -> e.getString("id").equals(id))
                .findFirst().orElseThrow();
        String file = "/tep-du-thi/" + id + "/" + blind.getJsonArray("files").getString(0);
        assertAnonymous(get(file, "gk-tre"));

        // in the gallery, the public's copy neither; pages showing the child are revalidated on every visit
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/shortlist", "bt-tre", PW,
                "{\"entryIds\":[\"" + id + "\"]}").statusCode());
        assertAnonymous(get(file, null));
        HttpResponse<String> page = Http.get("/bai-du-thi/" + code.toLowerCase());
        assertEquals(200, page.statusCode());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-cache", Http.get("/cuoc-thi/" + slug + "/binh-chon").headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-cache", Http.get("/cuoc-thi/" + slug).headers().firstValue("Cache-Control").orElse(""));
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, Http.get("/bai-du-thi/" + code.toLowerCase(), "If-None-Match", etag).statusCode(), "revalidation is cheap");
        assertEquals("public, max-age=60", Http.get("/").headers().firstValue("Cache-Control").orElse(""),
                "pages without children may still be kept a minute");

        // withdrawn: the consent record keeps the proof, not the child or the work
        assertEquals(200, Api.call("POST", "/consents/" + token, null, null, "{\"decision\":\"withdraw\"}").statusCode());
        String record = Api.call("GET", "/consents/" + token, null, null, null).body();
        assertTrue(record.contains("withdrawn"), record);
        for (String identifying : List.of("Ngôi nhà trên cây bàng", "Nhung", "Đỗ", code)) {
            assertFalse(record.contains(identifying), identifying + " in " + record);
        }
        assertEquals(404, Http.get("/bai-du-thi/" + code.toLowerCase()).statusCode());
        assertEquals(404, get(file, null).statusCode());
        // and the copies of the mails kept in the outbox name neither the child nor the work any more
        String outbox = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/quan-tri/hop-thu.xhtml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))).body();
        assertTrue(outbox.contains("me.nhung@example.org"), "the mails themselves stay: " + outbox);
        assertFalse(outbox.contains("Ngôi nhà trên cây bàng") || outbox.contains("Hồng Nhung"), outbox);
    }

    @Test
    void aGuardianKnownFromAMailedAnswerConsentsOnTheSpot() throws Exception {
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String edition = "ngay-" + System.nanoTime() % 1_000_000;
        String slug = "ngoi-nha-mo-uoc-" + edition;
        assertEquals(201, Api.call("POST", "/contests", "bt-tre", PW,
                ContestsIT.json(ContestsIT.definition(edition, -3600, 3600, 7200, 7300, 7400, 7500))).statusCode());
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/publish", "bt-tre", PW, null).statusCode());
        byte[] drawing = ContestsIT.png();

        // a parent nobody knows yet is any account: naming its own mailbox is what a child could do, so refused
        HttpResponse<String> unknown = ContestsIT.entry("nho", "Vũ", "Minh Khoa", year - 8, "me.khoa@example.org", "Nhà gỗ")
                .file("file", "a.png", drawing).as("me.khoa", PW).post("/contests/" + slug + "/entries");
        assertEquals(400, unknown.statusCode(), unknown.body());

        // the child's own account names the mother, who answers the mailed link: now her mailbox is known
        HttpResponse<String> byChild = ContestsIT.entry("nho", "Vũ", "Minh Khoa", year - 8, "me.khoa@example.org", "Nhà gỗ")
                .file("file", "a.png", drawing).as("ts-khoa", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, byChild.statusCode(), byChild.body());
        String token = Mails.link(Mails.await(smtp, "me.khoa@example.org", "Xin ý kiến phụ huynh"), ContestsIT.CONSENT);
        assertEquals(200, Api.call("POST", "/consents/" + token, null, null,
                "{\"decision\":\"consent\",\"guardianName\":\"Vũ Thị Lan\"}").statusCode());

        // for the younger child she sends herself, names her own address and answers signed in, without the mail
        HttpResponse<String> byMother = ContestsIT.entry("nho", "Vũ", "Minh Châu", year - 7, "Me.Khoa+chau@example.org", "Nhà nấm")
                .file("file", "b.png", drawing).as("me.khoa", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, byMother.statusCode(), byMother.body());
        String id = Json.object(byMother.body()).getString("id");
        String code = Json.object(byMother.body()).getString("code");
        HttpResponse<String> anonymous = Api.call("GET", "/consents/subjects/" + id, null, null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "says how to sign in");
        assertEquals(404, Api.call("GET", "/consents/subjects/" + id, "ts-khoa", PW, null).statusCode(),
                "another account is not the guardian asked");
        HttpResponse<String> asked = Api.call("GET", "/consents/subjects/" + id, "me.khoa", PW, null);
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals("pending", Json.object(asked.body()).getString("status"));
        HttpResponse<String> answered = Api.call("POST", "/consents/subjects/" + id, "me.khoa", PW,
                "{\"decision\":\"consent\",\"guardianName\":\"Vũ Thị Lan\"}");
        assertEquals(200, answered.statusCode(), answered.body());
        assertEquals("given", Json.object(answered.body()).getString("status"));
        assertEquals(409, Api.call("POST", "/consents/subjects/" + id, "me.khoa", PW,
                "{\"decision\":\"consent\",\"guardianName\":\"Vũ Thị Lan\"}").statusCode(), "answered once");
        // the mailed copy still withdraws, on the spot or not
        String copy = Mails.link(Mails.await(smtp, "me.khoa+chau@example.org", "Xin ý kiến phụ huynh"), ContestsIT.CONSENT);
        assertEquals(200, Api.call("POST", "/consents/" + copy, null, null, "{\"decision\":\"withdraw\"}").statusCode());
        String mine = Api.call("GET", "/contests/" + slug + "/entries", "me.khoa", PW, null).body();
        assertFalse(mine.contains(code), "withdrawn: " + mine);

        // an account the association gave a role to is an adult it knows
        HttpResponse<String> byJournalist = ContestsIT.entry("nho", "Trần", "Bảo", year - 8, "pv-tre@example.org", "Nhà thuyền")
                .file("file", "c.png", drawing).as("pv-tre", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, byJournalist.statusCode(), byJournalist.body());
    }

    private static HttpResponse<byte[]> get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PW)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return BYTES.send(request.timeout(java.time.Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAnonymous(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode());
        String raw = new String(response.body(), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Microsoft Word") || raw.contains("xmpmeta"), "metadata in the file served");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertNull(document.getDocumentInformation().getAuthor());
            assertNull(document.getDocumentInformation().getTitle());
            assertNull(document.getDocumentCatalog().getMetadata());
        }
    }
}
