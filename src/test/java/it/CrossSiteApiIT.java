package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every write of the API, sent with the admin's Basic credentials in the shapes another site can make a browser send
 * (no Content-Type, text/plain, a form) or saying it comes from another site (Origin, Sec-Fetch-Site): all refused,
 * and nothing changed. The same writes sent as a script sends them still work.
 */
class CrossSiteApiIT {

    /** Header sets of requests another site can have a browser send, with the statuses that refuse them. */
    private static final List<Map<String, String>> CROSS_SITE = List.of(
            Map.of(),                                                           // no Content-Type (a fetch without body)
            Map.of("Content-Type", "text/plain"),
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            Map.of("Content-Type", "application/json", "Origin", "https://ke-xau.example"),
            Map.of("Content-Type", "application/json", "Sec-Fetch-Site", "cross-site"),
            Map.of("Content-Type", "multipart/form-data; boundary=x", "Origin", "https://ke-xau.example"));

    @Test
    void everyWriteRefusesTheRequestsAnotherSiteCanMake() {
        Api.ensureAccount("nan-nhan-csrf", "nan-nhan-Secret-2026", "journalist");
        JsonObject article = Json.object(Api.call("POST", "/articles", "admin", Api.ADMIN_PASSWORD,
                Api.articleJson("Bài thử chéo trang")).body());
        String id = article.getString("id");
        List<String> accepted = new ArrayList<>();
        for (String write : ApiWrites.ALL) {
            String method = write.split(" ")[0];
            String path = ApiWrites.path(write, "nan-nhan-csrf", id, "cuoc-thi", "giai-thu");
            for (Map<String, String> headers : CROSS_SITE) {
                int status = send(method, path, headers, headers.containsKey("Content-Type") ? "{}" : null).statusCode();
                if (status != 403 && status != 415) {
                    accepted.add(write + " " + headers + " → " + status);
                }
            }
        }
        assertEquals(List.of(), accepted, "answered other than 403/415");

        JsonObject account = Json.array(Api.call("GET", "/accounts", "admin", Api.ADMIN_PASSWORD, null).body()).stream()
                .map(JsonObject.class::cast).filter(a -> a.getString("username").equals("nan-nhan-csrf")).findFirst().orElseThrow();
        assertTrue(account.getBoolean("active"), "the account was not deactivated");
        assertEquals(404, Api.call("GET", "/articles/" + article.getString("slug"), null, null, null).statusCode(),
                "the draft was not published");
    }

    @Test
    void aScriptsWritesStillWork() {
        Api.ensureAccount("kich-ban-csrf", "kich-ban-Secret-2026", "journalist");
        assertEquals(200, Api.call("POST", "/accounts/kich-ban-csrf/deactivate", "admin", Api.ADMIN_PASSWORD, null).statusCode(),
                "a body-less write with Content-Type: application/json");
        assertEquals(200, Api.call("POST", "/accounts/kich-ban-csrf/activate", "admin", Api.ADMIN_PASSWORD, null).statusCode());
        HttpResponse<String> own = send("POST", "/accounts/kich-ban-csrf/deactivate",
                Map.of("Content-Type", "application/json", "Origin", Http.BASE, "Sec-Fetch-Site", "same-origin"), null);
        assertEquals(200, own.statusCode(), "from the portal's own origin: " + own.body());
        HttpResponse<String> refused = send("POST", "/accounts/kich-ban-csrf/activate", Map.of(), null);
        assertEquals(415, refused.statusCode());
        assertTrue(Json.object(refused.body()).getString("error").contains("application/json"), refused.body());
    }

    private static HttpResponse<String> send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        return Http.send(request);
    }
}
