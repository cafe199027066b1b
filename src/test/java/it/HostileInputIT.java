package it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input is the caller's mistake, never the server's: every write of the API gets nulls, wrong types, broken JSON
 * and broken multipart (no boundary, no parts, empty parts) as an admin, who passes every role check and so reaches
 * the deepest code. Nothing may answer 5xx. Bodies over the server's cap are refused before they are read.
 */
class HostileInputIT {

    private static final List<String> JSON = List.of("null", "[]", "{}", "\"chuỗi\"", "12", "true", "[null]", "{\"x\":",
            "{\"roles\":[null],\"tags\":[null],\"laureates\":[null],\"entryIds\":[null],\"nominationIds\":[null],"
                    + "\"merge\":[null],\"scores\":[null],\"keep\":null,\"year\":null,\"definition\":null}",
            "{\"roles\":\"admin\",\"tags\":\"a\",\"laureates\":{},\"entryIds\":\"x\",\"nominationIds\":1,\"merge\":\"x\","
                    + "\"scores\":\"x\",\"year\":\"năm\",\"eligible\":\"có\",\"definition\":[],\"title\":{},\"decision\":[]}",
            "{\"scores\":[1e400,-1,99999999999],\"year\":99999999999,\"laureates\":[{\"nominationId\":null,\"citation\":null}]}",
            "{\"definition\":\"---\\n: : :\\n---\",\"keep\":\"x\",\"merge\":[\"x\"],\"decision\":\"withdraw\"}");

    private static final String B = "ranh-gioi";
    private static final List<String[]> MULTIPART = List.of(
            new String[]{"multipart/form-data", "x"},
            new String[]{"multipart/form-data; boundary=" + B, ""},
            new String[]{"multipart/form-data; boundary=" + B, "--" + B + "--\r\n"},
            new String[]{"multipart/form-data; boundary=" + B, "--" + B + "\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n\r\n--" + B + "--\r\n"},
            new String[]{"multipart/form-data; boundary=" + B, "--" + B + "\r\nContent-Disposition: form-data; name=\"file\"; "
                    + "filename=\"\"\r\n\r\n\r\n--" + B + "--\r\n"},
            new String[]{"multipart/form-data; boundary=" + B, "--" + B + "\r\nContent-Disposition: form-data\r\n\r\nx"});

    @Test
    void noWriteAnswersBadInputWithAServerError() {
        Api.ensureAccount("nan-nhan-du-lieu", "nan-nhan-Secret-2026", "journalist");
        String article = Json.object(Api.call("POST", "/articles", "admin", Api.ADMIN_PASSWORD,
                Api.articleJson("Bài thử dữ liệu xấu")).body()).getString("id");
        String edition = "xau-" + System.nanoTime() % 1_000_000;
        assertEquals(201, Api.call("POST", "/contests", "admin", Api.ADMIN_PASSWORD,
                ContestsIT.json(ContestsIT.definition(edition, -3600, 3600, 7200, 7300, 7400, 7500))).statusCode());
        String contest = "ngoi-nha-mo-uoc-" + edition;
        assertEquals(200, Api.call("POST", "/contests/" + contest + "/publish", "admin", Api.ADMIN_PASSWORD, null).statusCode());
        int year = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        HttpResponse<String> award = Api.call("POST", "/awards", "admin", Api.ADMIN_PASSWORD, ContestsIT.json(
                AwardsIT.definition("Giải dữ liệu xấu " + edition, year, -3600, 3600, 7200, false)));
        assertEquals(201, award.statusCode(), award.body());
        String awardSlug = Json.object(award.body()).getString("slug");

        List<String> failures = new ArrayList<>();
        for (String write : ApiWrites.ALL) {
            String method = write.split(" ")[0];
            String path = ApiWrites.path(write, "nan-nhan-du-lieu", article, contest, awardSlug);
            for (String body : JSON) {
                check(failures, write, method, path + "?year=" + year, "application/json", body.getBytes(StandardCharsets.UTF_8));
            }
            if (ApiWrites.multipart(path)) {
                for (String[] shape : MULTIPART) {
                    check(failures, write, method, path, shape[0], shape[1].getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(List.of(), failures, "server errors on bad input");
    }

    @Test
    void aBodyOverTheCapIsRefusedBeforeItIsRead() {
        byte[] big = ("{\"title\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> declared = send("POST", "/api/v1/articles", "application/json", HttpRequest.BodyPublishers.ofByteArray(big));
        assertEquals(413, declared.statusCode(), declared.body());
        assertTrue(Json.object(declared.body()).getString("error").contains("tối đa 2 MB"), declared.body());
        // no Content-Length: sent in chunks, cut off where it passes the cap
        HttpResponse<String> chunked = send("POST", "/api/v1/articles", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertEquals(413, chunked.statusCode(), chunked.body());
    }

    @Test
    void aLineBreakInTheReturnAddressDoesNotBreakSignIn() {
        HttpResponse<String> form = Http.get("/tai-khoan/dang-nhap.xhtml?tiep=%2Fbien-tap%2F%0D%0ASet-Cookie%3A%20x%3Dy");
        assertEquals(200, form.statusCode());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(state.find(), form.body());
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String fields = "dang-nhap_SUBMIT=1&dang-nhap%3Atiep=" + URLEncoder.encode("/bien-tap/\r\nSet-Cookie: x=y", StandardCharsets.UTF_8)
                + "&dang-nhap%3Aten=admin&dang-nhap%3Amat-khau=" + URLEncoder.encode(Api.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&dang-nhap%3Anut-dang-nhap=x&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/tai-khoan/dang-nhap.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(fields)));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/bien-tap/index.xhtml"), "the crafted address is replaced by the usual one: " + location);
        assertNotEquals("x=y", signedIn.headers().allValues("Set-Cookie").stream().map(c -> c.split(";")[0]).filter("x=y"::equals)
                .findFirst().orElse(""));
    }

    private static void check(List<String> failures, String write, String method, String path, String type, byte[] body) {
        HttpResponse<String> response = send(method, "/api/v1" + path, type, HttpRequest.BodyPublishers.ofByteArray(body));
        if (response.statusCode() >= 500) {
            failures.add(write + " [" + type + "] " + new String(body, StandardCharsets.UTF_8) + " → " + response.statusCode());
        } else if (!response.body().isEmpty() && !response.body().startsWith("{") && !response.body().startsWith("[")) {
            failures.add(write + " [" + type + "] answered without JSON: " + response.body());
        }
    }

    private static HttpResponse<String> send(String method, String path, String type, HttpRequest.BodyPublisher body) {
        return Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + path)).method(method, body)
                .header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))));
    }
}
