package it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The club's trainings and events over the API and the public pages: seats, the waiting list, refusals. */
class ClubEventsIT {

    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("pv-su-kien", "mat-khau-pv-su-kien", "journalist");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    static JsonObject event(String titleStart) {
        return Json.object(Api.call("GET", "/club/events", null, null, null).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("title").startsWith(titleStart))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + titleStart));
    }

    static HttpResponse<String> register(String slug, String name, String email) {
        return Api.call("POST", "/club/events/" + slug + "/registrations", null, null,
                "{\"fullName\":\"" + name + "\",\"email\":\"" + email + "\",\"phone\":\"0912 345 678\",\"outlet\":\"Báo Lào Cai\"}");
    }

    @Test
    void seatsFillThenTheWaitingListTakesOver() throws Exception {
        JsonObject e = event("Giao lưu: Báo chí đồng hành");
        String slug = e.getString("slug");
        assertEquals("event", e.getString("kind"));
        assertTrue(e.getBoolean("registrationOpen"));
        int seats = e.getInt("seatsLeft");
        for (int i = 0; i < seats; i++) {
            HttpResponse<String> r = register(slug, "Người số " + i, "nguoi" + i + "@example.org");
            assertEquals(201, r.statusCode(), r.body());
            assertEquals("confirmed", Json.object(r.body()).getString("status"));
        }
        HttpResponse<String> late = register(slug, "Người đến muộn", "den-muon@example.org");
        assertEquals(201, late.statusCode());
        assertEquals("waitlisted", Json.object(late.body()).getString("status"));
        assertEquals(1, Json.object(late.body()).getInt("position"));
        assertTrue(Mails.await(smtp, "den-muon@example.org", "Danh sách chờ").getSubject().contains("Giao lưu"));

        JsonObject now = Json.object(Api.call("GET", "/club/events/" + slug, null, null, null).body());
        assertEquals(0, now.getInt("seatsLeft"));
        assertEquals(1, now.getInt("waiting"));
        HttpResponse<String> page = Http.get("/su-kien/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("đã đủ chỗ"), "the page says new registrations wait");
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "readers get no cookie");
        assertTrue(Http.get("/cau-lac-bo").body().contains("/su-kien/" + slug), "the club page lists it");
    }

    @Test
    void duplicatesClosedAndUnknownEventsAndBadInputAreRefusedClearly() {
        String slug = event("Tập huấn: Đưa tin về trẻ em bị xâm hại").getString("slug");
        assertEquals(201, register(slug, "Trần Hải", "hai.tran@example.org").statusCode());
        HttpResponse<String> twice = register(slug, "Trần Hải", "HAI.TRAN@example.org");
        assertEquals(409, twice.statusCode());
        assertTrue(Json.object(twice.body()).getString("error").contains("đã đăng ký"));

        record Case(String json, String says) {
        }
        for (Case c : List.of(new Case("{\"fullName\":\"\",\"email\":\"x@\"}", "họ và tên"),
                new Case("{\"fullName\":\"A\",\"email\":\"a@example.org\",\"phone\":\"12345\"}", "không phải số Việt Nam"),
                new Case("{\"fullName\":", "JSON"))) {
            HttpResponse<String> r = Api.call("POST", "/club/events/" + slug + "/registrations", null, null, c.json());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(Json.object(r.body()).getString("error").contains(c.says()), r.body());
        }
        assertEquals(404, register("khong-co-su-kien-nay", "A", "a@example.org").statusCode());
        assertEquals(404, Http.get("/su-kien/khong-co-su-kien-nay").statusCode());

        String past = Json.object(Api.call("GET", "/club/events/toa-dam-viet-ve-an-toan-cua-tre-em-tren-mang", null, null, null)
                .body()).getString("slug");
        HttpResponse<String> closed = register(past, "Lê Na", "na.le@example.org");
        assertEquals(409, closed.statusCode());
        assertTrue(Json.object(closed.body()).getString("error").contains("hết hạn"));
    }

    @Test
    void onlyEditorsPlanEvents() {
        HttpResponse<String> asJournalist = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/bien-tap/tap-huan.xhtml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("pv-su-kien:mat-khau-pv-su-kien".getBytes())));
        assertEquals(403, asJournalist.statusCode());
        HttpResponse<String> anonymous = Http.get("/bien-tap/tap-huan.xhtml");
        assertFalse(anonymous.statusCode() == 200 && anonymous.body().contains("Sự kiện mới"), "strangers are sent to sign in");
    }

    @Test
    void theRegistrationFormCannotBePostedFromAnotherSite() throws Exception {
        JsonObject e = event("Tập huấn: Đưa tin về trẻ em bị xâm hại");
        String slug = e.getString("slug");
        HttpResponse<String> form = Http.get("/cau-lac-bo/dang-ky-su-kien.xhtml?su-kien=" + slug);
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form.body());
        assertTrue(state.find(), "the form carries a view state");
        assertFalse(state.group(1).equals("stateless"), "one the session issued, not a stateless marker");
        // another site can post the fields, but not with this reader's session: nothing is registered
        String body = "dang-ky=dang-ky&dang-ky%3Aho-ten=Gia+mao&dang-ky%3Aemail=gia.mao%40example.org&dang-ky%3Agui=x"
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), "UTF-8");
        HttpResponse<String> forged = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/cau-lac-bo/dang-ky-su-kien.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertTrue(forged.statusCode() == 302 || forged.statusCode() == 303, "refused: " + forged.statusCode());
        assertEquals(e.getInt("seatsLeft"), event("Tập huấn: Đưa tin về trẻ em bị xâm hại").getInt("seatsLeft"));
        assertEquals(201, register(slug, "Gia mạo", "gia.mao@example.org").statusCode(),
                "the forged post registered nobody: the address is still free");
    }
}
