package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A script's life with a personal token: made with the password, used instead of it, listed, revoked. */
class ApiTokensIT {

    private static final String PASSWORD = "ma-truy-cap-Secret-2026";

    private static JsonObject newToken(String user, String name) {
        HttpResponse<String> created = Api.call("POST", "/tokens", user, PASSWORD, "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Json.object(created.body());
    }

    @Test
    void aTokenWorksInsteadOfThePasswordUntilRevoked() {
        Api.ensureAccount("pv-co-ma", PASSWORD, "journalist");
        JsonObject token = newToken("pv-co-ma", "Script đăng bài tự động");
        String secret = token.getString("token");
        assertEquals("Script đăng bài tự động", token.getString("name"));

        HttpResponse<String> draft = Api.withToken("POST", "/articles", secret, Api.articleJson("Bài gửi bằng mã truy cập"));
        assertEquals(201, draft.statusCode(), draft.body());
        JsonObject article = Json.object(draft.body());
        assertEquals("draft", article.getString("status"));
        assertEquals("pv-co-ma", article.getString("author"));

        HttpResponse<String> list = Api.call("GET", "/tokens", "pv-co-ma", PASSWORD, null);
        assertEquals(200, list.statusCode(), list.body());
        assertFalse(list.body().contains(secret), "the secret is never shown again");
        JsonObject listed = Json.object(list.body()).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("id").equals(token.getString("id"))).findFirst().orElseThrow();
        assertEquals("Script đăng bài tự động", listed.getString("name"));
        assertFalse(listed.containsKey("token"));
        assertFalse(listed.isNull("lastUsedAt"), "its use is recorded: " + listed);

        assertEquals(204, Api.call("DELETE", "/tokens/" + token.getString("id"), "pv-co-ma", PASSWORD, null).statusCode());
        HttpResponse<String> revoked = Api.withToken("POST", "/articles", secret, Api.articleJson("Sau khi thu hồi"));
        assertEquals(401, revoked.statusCode(), revoked.body());
        assertTrue(Json.object(revoked.body()).getString("error").contains("thu hồi"), revoked.body());
        assertTrue(revoked.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(404, Api.call("DELETE", "/tokens/" + token.getString("id"), "pv-co-ma", PASSWORD, null).statusCode());
    }

    @Test
    void aJournalistsTokenCannotDoAnEditorsAction() {
        Api.ensureAccount("pv-ma-hep", PASSWORD, "journalist");
        String secret = newToken("pv-ma-hep", "Script nộp bài").getString("token");
        String id = Json.object(Api.withToken("POST", "/articles", secret, Api.articleJson("Bài chờ duyệt")).body()).getString("id");
        assertEquals(200, Api.withToken("POST", "/articles/" + id + "/submit", secret, null).statusCode());

        HttpResponse<String> publish = Api.withToken("POST", "/articles/" + id + "/publish", secret, null);
        assertEquals(403, publish.statusCode(), publish.body());
        assertTrue(Json.object(publish.body()).containsKey("error"));
        assertEquals(403, Api.withToken("GET", "/accounts", secret, null).statusCode(), "nor an admin's");
    }

    @Test
    void aTokenCannotMakeTokensNorOpenTheDesk() {
        Api.ensureAccount("pv-ma-gioi-han", PASSWORD, "journalist");
        String secret = newToken("pv-ma-gioi-han", "Script").getString("token");

        HttpResponse<String> another = Api.withToken("POST", "/tokens", secret, "{\"name\":\"Mã thứ hai\"}");
        assertEquals(403, another.statusCode(), another.body());
        assertEquals(200, Api.withToken("GET", "/tokens", secret, null).statusCode(), "but it may list them");

        HttpResponse<String> desk = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/bien-tap/index.xhtml"))
                .header("Authorization", "Bearer " + secret).GET());
        assertEquals(302, desk.statusCode(), "sent to sign in: a token is not a session");
        assertTrue(desk.headers().firstValue("Location").orElse("").contains("/tai-khoan/dang-nhap.xhtml"));
    }

    @Test
    void aLockedAccountsTokensStopWorking() {
        Api.ensureAccount("pv-se-bi-khoa", PASSWORD, "journalist");
        String secret = newToken("pv-se-bi-khoa", "Script").getString("token");
        assertEquals(200, Api.withToken("GET", "/tokens", secret, null).statusCode());

        assertEquals(200, Api.call("POST", "/accounts/pv-se-bi-khoa/deactivate", "admin", Api.ADMIN_PASSWORD, null).statusCode());
        assertEquals(401, Api.withToken("GET", "/tokens", secret, null).statusCode());
        assertEquals(200, Api.call("POST", "/accounts/pv-se-bi-khoa/activate", "admin", Api.ADMIN_PASSWORD, null).statusCode());
        assertEquals(200, Api.withToken("GET", "/tokens", secret, null).statusCode(), "and work again once unlocked");
    }

    @Test
    void badNamesAreRefusedWithAMessage() {
        Api.ensureAccount("pv-dat-ten", PASSWORD, "journalist");
        for (String body : new String[] {"{\"name\":\"   \"}", "{\"name\":\"" + "x".repeat(81) + "\"}", "{}", "null"}) {
            HttpResponse<String> refused = Api.call("POST", "/tokens", "pv-dat-ten", PASSWORD, body);
            assertEquals(400, refused.statusCode(), body + ": " + refused.body());
            assertFalse(Json.object(refused.body()).getString("error").isBlank());
        }
        assertEquals(401, Api.call("GET", "/tokens", null, null, null).statusCode());
    }
}
