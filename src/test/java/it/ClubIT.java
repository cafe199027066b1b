package it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journalists' club over the API and its public pages: applying, confirming, review, consent per field. */
class ClubIT {

    static final Pattern VERIFY = Pattern.compile("(http://\\S+/cau-lac-bo/xac-nhan\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-clb", "mat-khau-bt-clb-1", "editor");
        Api.ensureAccount("pv-clb", "mat-khau-pv-clb-1", "journalist");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    static String application(String name, String email, String card, String phone, String consent) {
        return "{\"fullName\":\"" + name + "\",\"outlet\":\"Báo Thanh Niên\",\"position\":\"Phóng viên thường trú\",\"pressCard\":\"" + card
                + "\",\"topics\":[\"giáo dục\",\"trẻ em miền biển\"],\"province\":\"Đà Nẵng\",\"email\":\"" + email
                + "\",\"phone\":\"" + phone + "\",\"bio\":\"Tiểu sử riêng tư số 7781\",\"publicFields\":[" + consent + "]}";
    }

    /** Applies and confirms the address by the mailed link; returns the application id. */
    static String applyAndConfirm(String json, String email) throws Exception {
        HttpResponse<String> sent = Api.call("POST", "/club/applications", null, null, json);
        assertEquals(202, sent.statusCode(), sent.body());
        JsonObject body = Json.object(sent.body());
        assertEquals("pending_verification", body.getString("status"));
        String link = Mails.link(Mails.await(smtp, email, "Xác nhận e-mail"), VERIFY);
        HttpResponse<String> page = Http.get(link.substring(link.indexOf("/cau-lac-bo/")));
        assertTrue(page.body().contains("đã được xác nhận"), page.body());
        return body.getString("id");
    }

    @Test
    void anApprovedMemberShowsOnlyWhatTheyConsentedTo() throws Exception {
        String id = applyAndConfirm(application("Lê Văn Khải", "khai.le@example.org", "DN-55501", "0935 111 222",
                "\"name\",\"outlet\",\"province\""), "khai.le@example.org");
        Mails.await(smtp, "bt-clb@example.org", "Đơn hội viên mới");
        assertEquals(401, Api.call("POST", "/club/applications/" + id + "/approve", null, null, null).statusCode());
        assertEquals(403, Api.call("POST", "/club/applications/" + id + "/approve", "pv-clb", "mat-khau-pv-clb-1", null).statusCode());
        assertEquals(403, Api.call("GET", "/club/applications", "pv-clb", "mat-khau-pv-clb-1", null).statusCode());
        assertTrue(Api.call("GET", "/club/applications", "bt-clb", "mat-khau-bt-clb-1", null).body().contains(id));

        HttpResponse<String> approved = Api.call("POST", "/club/applications/" + id + "/approve", "bt-clb", "mat-khau-bt-clb-1", null);
        assertEquals(200, approved.statusCode(), approved.body());
        String slug = Json.object(approved.body()).getString("slug");
        assertEquals("le-van-khai", slug);
        assertTrue(Mails.body(Mails.await(smtp, "khai.le@example.org", "Chào mừng")).contains("/tai-khoan/dat-lai-mat-khau.xhtml?ma="));
        assertEquals(409, Api.call("POST", "/club/applications/" + id + "/approve", "bt-clb", "mat-khau-bt-clb-1", null).statusCode(),
                "an application is decided once");

        HttpResponse<String> list = Api.call("GET", "/club/members", null, null, null);
        JsonObject entry = Json.object(list.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("slug").equals(slug)).findFirst().orElseThrow();
        assertEquals("Lê Văn Khải", entry.getString("fullName"));
        assertEquals("Báo Thanh Niên", entry.getString("outlet"));
        assertEquals("Đà Nẵng", entry.getString("province"));
        for (String hidden : List.of("email", "phone", "bio", "pressCard", "position", "topics", "photo")) {
            assertFalse(entry.containsKey(hidden), hidden + " was not consented to");
        }
        HttpResponse<String> one = Api.call("GET", "/club/members/" + slug, null, null, null);
        for (HttpResponse<String> response : List.of(list, one, Http.get("/cau-lac-bo/hoi-vien"), Http.get("/hoi-vien/" + slug))) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("Lê Văn Khải"));
            for (String secret : List.of("khai.le@example.org", "0935", "935 111", "7781", "DN-55501", "thường trú", "trẻ em miền biển")) {
                assertFalse(response.body().contains(secret), "\"" + secret + "\" leaked into " + response.uri());
            }
        }
        assertTrue(Http.get("/hoi-vien/" + slug).headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
        assertTrue(Http.get("/sitemap.xml").body().contains("/hoi-vien/" + slug + "</loc>"), "listed members are in the sitemap");
        assertTrue(Http.get("/cau-lac-bo/hoi-vien?tinh=" + java.net.URLEncoder.encode("Đà Nẵng", "UTF-8")).body().contains("Lê Văn Khải"));
        assertFalse(Http.get("/cau-lac-bo/hoi-vien?tinh=Hu%E1%BA%BF").body().contains("Lê Văn Khải"));
    }

    @Test
    void aMemberWhoDidNotConsentToTheirNameIsNotListed() throws Exception {
        String id = applyAndConfirm(application("Phạm Thu Hà", "ha.pham@example.org", "HP-77702", "", "\"outlet\",\"email\""),
                "ha.pham@example.org");
        String slug = Json.object(Api.call("POST", "/club/applications/" + id + "/approve", "bt-clb", "mat-khau-bt-clb-1", null).body())
                .getString("slug");
        assertFalse(Api.call("GET", "/club/members", null, null, null).body().contains("ha.pham@example.org"));
        assertEquals(404, Api.call("GET", "/club/members/" + slug, null, null, null).statusCode());
        assertEquals(404, Http.get("/hoi-vien/" + slug).statusCode());
        assertFalse(Http.get("/sitemap.xml").body().contains("/hoi-vien/" + slug + "<"), "nor in the sitemap");
    }

    @Test
    void duplicatesAreCaughtWithAClearMessage() throws Exception {
        String json = application("Đỗ Minh Tâm", "tam.do@example.org", "HCM-00991", "028 3822 5678", "\"name\"");
        assertEquals(202, Api.call("POST", "/club/applications", null, null, json).statusCode());
        HttpResponse<String> sameMail = Api.call("POST", "/club/applications", null, null,
                application("Đỗ Minh Tâm", "TAM.DO@example.org", "HCM-00992", "", "\"name\""));
        assertEquals(409, sameMail.statusCode());
        assertTrue(Json.object(sameMail.body()).getString("error").contains("e-mail này"));
        HttpResponse<String> sameCard = Api.call("POST", "/club/applications", null, null,
                application("Đỗ Minh Tâm", "tam.khac@example.org", "hcm 00991", "", "\"name\""));
        assertEquals(409, sameCard.statusCode());
        assertTrue(Json.object(sameCard.body()).getString("error").contains("thẻ nhà báo"));
    }

    @Test
    void malformedApplicationsGetA400SayingWhatIsWrong() {
        record Case(String json, String says) {
        }
        for (Case c : List.of(
                new Case(application("Mai", "mai@", "X-123", "", "\"name\""), "e-mail"),
                new Case(application("Mai", "mai.sdt@example.org", "X-124", "0123 456 789", "\"name\""), "không phải số Việt Nam"),
                new Case(application("Mai", "mai.cc@example.org", "X-125", "", "\"name\",\"cccd\""), "cccd"),
                new Case("{\"fullName\":\"Mai\"}", "cơ quan báo chí"),
                new Case("{\"fullName\":", "JSON"),
                new Case("[1,2]", "JSON"))) {
            HttpResponse<String> r = Api.call("POST", "/club/applications", null, null, c.json());
            assertEquals(400, r.statusCode(), c.json() + " → " + r.body());
            assertTrue(Json.object(r.body()).getString("error").contains(c.says()), r.body());
        }
        assertFalse(Api.call("GET", "/club/applications?status=pending_verification", "bt-clb", "mat-khau-bt-clb-1", null)
                .body().contains("mai.sdt@example.org"), "nothing was stored");
    }

    @Test
    void aRejectionNeedsAReasonWhichIsMailed() throws Exception {
        String id = applyAndConfirm(application("Vũ Quang Huy", "huy.vu@example.org", "TN-31313", "", "\"name\""), "huy.vu@example.org");
        HttpResponse<String> noReason = Api.call("POST", "/club/applications/" + id + "/reject", "bt-clb", "mat-khau-bt-clb-1", "{}");
        assertEquals(400, noReason.statusCode());
        HttpResponse<String> rejected = Api.call("POST", "/club/applications/" + id + "/reject", "bt-clb", "mat-khau-bt-clb-1",
                "{\"reason\":\"Chưa có thẻ nhà báo còn hiệu lực\"}");
        assertEquals(200, rejected.statusCode(), rejected.body());
        assertEquals("rejected", Json.object(rejected.body()).getString("status"));
        assertTrue(Mails.body(Mails.await(smtp, "huy.vu@example.org", "Kết quả xét đơn")).contains("thẻ nhà báo còn hiệu lực"));
        assertEquals(202, Api.call("POST", "/club/applications", null, null,
                application("Vũ Quang Huy", "huy.vu@example.org", "TN-31313", "", "\"name\"")).statusCode(),
                "a rejected applicant may apply again");
    }

    @Test
    void adminsExportTheFullListAsCsv() throws Exception {
        String id = applyAndConfirm(application("Hoàng Yến", "yen.hoang@example.org", "CT-24680", "0901 234 567", "\"name\""),
                "yen.hoang@example.org");
        Api.call("POST", "/club/applications/" + id + "/approve", "bt-clb", "mat-khau-bt-clb-1", null);
        HttpResponse<String> csv = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/quan-tri/hoi-vien.csv"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes())));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(csv.body().startsWith("\uFEFFHọ tên,"), "UTF-8 with a byte-order mark");
        assertTrue(csv.body().contains("Hoàng Yến,Báo Thanh Niên,Phóng viên thường trú,CT-24680,\"giáo dục, trẻ em miền biển\",Đà Nẵng,"
                + "yen.hoang@example.org,0901 234 567,"), csv.body());
        HttpResponse<String> asEditor = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Http.BASE + "/quan-tri/hoi-vien.csv"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("bt-clb:mat-khau-bt-clb-1".getBytes())));
        assertEquals(403, asEditor.statusCode());
    }
}
