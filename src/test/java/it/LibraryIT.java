package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training-documents library: sample documents, pages, downloads, members-only files and uploads. */
class LibraryIT {

    static final String PASSWORD = "mat-khau-thu-vien-1";

    @BeforeAll
    static void accounts() {
        Api.ensureAccount("bt-thu-vien", PASSWORD, "editor");
        Api.ensureAccount("pv-thu-vien", PASSWORD, "journalist");
    }

    @Test
    void theSampleLibraryIsListedAndFiltered() {
        var all = Json.object(Http.get("/api/v1/documents").body()).getJsonArray("items");
        assertTrue(all.size() >= 6, "the sample documents: " + all.size());
        assertTrue(all.stream().map(v -> v.asJsonObject()).anyMatch(d -> d.getString("format").equals("PDF")
                && d.getString("title").startsWith("Hướng dẫn giám sát")), "the sample PDF");
        String page = Http.get("/thu-vien?chu-de=" + URLEncoder.encode("Pháp luật", StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("Luật Trẻ em"), "filtered by topic");
        assertTrue(!page.contains("Kỹ năng phỏng vấn trẻ em"), "other topics are filtered out");
    }

    @Test
    void aDocumentPageOffersADownloadAsAnAttachment() {
        JsonObject docx = Json.object(Http.get("/api/v1/documents").body()).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("format").equals("DOCX")).findFirst().orElseThrow();
        String slug = docx.getString("url").substring(docx.getString("url").lastIndexOf('/') + 1);
        HttpResponse<String> page = Http.get("/tai-lieu/" + slug);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("href=\"/tep-tai-lieu/" + slug + "\""));
        HttpResponse<String> file = Http.get("/tep-tai-lieu/" + slug);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void aMarkdownDocumentIsReadOnItsPageWithNoFileOffered() {
        JsonObject md = Json.object(Http.get("/api/v1/documents").body()).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("format").equals("MD") && d.getString("title").startsWith("Kỹ năng phỏng vấn"))
                .findFirst().orElseThrow();
        String slug = md.getString("url").substring(md.getString("url").lastIndexOf('/') + 1);
        String page = Http.get("/tai-lieu/" + slug).body();
        assertTrue(page.contains("class=\"prose\""), "the document itself, rendered");
        assertFalse(page.contains("/tep-tai-lieu/" + slug), "no Markdown file handed to a parent");
        assertFalse(page.contains("(MD)") || page.contains("MD,"), "no file extension as a word");
        String list = Http.get("/thu-vien").body();
        assertTrue(list.contains("Đọc trên trang"), "the list says how it is read");
        assertFalse(list.contains("· MD"), "not as MD");
    }

    @Test
    void membersOnlyDocumentsNeedAnAccountAndStayOutOfPublicSearch() {
        JsonObject members = Json.object(Http.get("/api/v1/documents").body()).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getBoolean("membersOnly")).findFirst().orElseThrow();
        String slug = members.getString("url").substring(members.getString("url").lastIndexOf('/') + 1);
        HttpResponse<String> download = Http.get("/tep-tai-lieu/" + slug);
        assertEquals(302, download.statusCode());
        assertTrue(download.headers().firstValue("Location").orElse("").contains("/tai-khoan/dang-nhap.xhtml"));
        assertTrue(Http.get("/tai-lieu/" + slug).body().contains("dành cho hội viên"));
        String q = URLEncoder.encode(members.getString("title"), StandardCharsets.UTF_8);
        var hits = Json.object(Http.get("/api/v1/search?q=" + q).body()).getJsonArray("hits");
        assertTrue(hits.stream().noneMatch(h -> h.asJsonObject().getString("id").equals(members.getString("id"))));
    }

    @Test
    void editorsUploadAndTheDocumentIsSearchableAtOnce() {
        String word = "Tapsan" + System.nanoTime();
        HttpResponse<String> created = upload("bt-thu-vien", "ghi-chu.txt",
                ("Tài liệu " + word + " về kỹ năng sống cho trẻ em.").getBytes(StandardCharsets.UTF_8),
                Map.of("title", "Ghi chú " + word, "topic", "Kỹ năng sống", "audience", "Cha mẹ", "year", "2026"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject document = Json.object(created.body());
        assertTrue(document.getString("url").contains("/tai-lieu/"));
        var hits = Json.object(Http.get("/api/v1/search?q=" + word.toLowerCase() + "&type=document").body()).getJsonArray("hits");
        assertEquals(document.getString("id"), hits.getJsonObject(0).getString("id"), "found by a word of its text");
    }

    @Test
    void uploadsAreChecked() {
        Map<String, String> good = Map.of("title", "Tài liệu", "topic", "Pháp luật", "audience", "Luật sư", "year", "2025");
        assertEquals(403, upload("pv-thu-vien", "a.txt", "x".getBytes(), good).statusCode(), "journalists cannot add");
        assertEquals(401, upload(null, "a.txt", "x".getBytes(), good).statusCode());
        assertEquals(400, upload("bt-thu-vien", "a.exe", "x".getBytes(), good).statusCode());
        assertEquals(400, upload("bt-thu-vien", "hong.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8), good).statusCode());
        Map<String, String> badTopic = new LinkedHashMap<>(good);
        badTopic.put("topic", "Bóng đá");
        HttpResponse<String> refused = upload("bt-thu-vien", "a.txt", "x".getBytes(), badTopic);
        assertEquals(400, refused.statusCode());
        assertTrue(Json.object(refused.body()).getString("error").contains("Chủ đề"));
        // each detail left out is named, with a 400, never a server error
        Map<String, String> named = Map.of("topic", "Chủ đề", "audience", "Đối tượng", "year", "Năm", "title", "tiêu đề");
        named.forEach((field, label) -> {
            Map<String, String> without = new LinkedHashMap<>(good);
            without.remove(field);
            HttpResponse<String> missing = upload("bt-thu-vien", "a.txt", "x".getBytes(), without);
            assertEquals(400, missing.statusCode(), "without " + field + ": " + missing.body());
            assertTrue(Json.object(missing.body()).getString("error").contains(label), missing.body());
        });
    }

    private static HttpResponse<String> upload(String user, String fileName, byte[] content, Map<String, String> fields) {
        Multipart form = new Multipart().as(user, PASSWORD);
        fields.forEach(form::field);
        return form.file("file", fileName, content).post("/documents");
    }
}
