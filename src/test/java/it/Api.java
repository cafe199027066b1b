package it;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** API calls as a given account (null: anonymous), over HTTP Basic, or with one of its API tokens. */
final class Api {

    static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "it-admin-Secret-2026");

    private Api() {
    }

    static HttpResponse<String> call(String method, String path, String user, String password, String json) {
        return send(method, path, json, user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> withToken(String method, String path, String token, String json) {
        return send(method, path, json, "Bearer " + token);
    }

    private static HttpResponse<String> send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Http.BASE + "/api/v1" + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null || !method.equals("GET")) {
            // every write says so, also without a body: the API refuses the "simple" requests another site can send
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.send(request);
    }

    /** Creates an account as admin (ignoring "already exists", so tests may share accounts). */
    static void ensureAccount(String username, String password, String... roles) {
        StringBuilder list = new StringBuilder();
        for (String role : roles) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(role).append('"');
        }
        HttpResponse<String> response = call("POST", "/accounts", "admin", ADMIN_PASSWORD,
                "{\"username\":\"" + username + "\",\"displayName\":\"" + username + "\",\"email\":\"" + username
                        + "@example.org\",\"roles\":[" + list + "],\"password\":\"" + password + "\"}");
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("cannot create " + username + ": " + response.body());
        }
    }

    static String articleJson(String title) {
        return "{\"title\":\"" + title + "\",\"summary\":\"Tóm tắt thử nghiệm\",\"body\":\"Nội dung thử nghiệm.\\n\\nĐoạn hai.\","
                + "\"section\":\"tinh-hinh-tre-em\",\"tags\":[\"Thử nghiệm\"]}";
    }
}
