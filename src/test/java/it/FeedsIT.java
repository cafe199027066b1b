package it;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedsIT {

    @Test
    void sitemapListsEveryPublishedArticleAndNoDraft() throws Exception {
        HttpResponse<String> response = Http.get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        NodeList locs = parse(response.body()).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> urls = new HashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertTrue(urls.contains(Http.BASE + "/"));
        assertTrue(urls.contains(Http.BASE + "/chuyen-muc/mo-hinh-dia-phuong"));
        assertTrue(urls.contains(Http.BASE + "/the/tong-dai-111"));
        assertTrue(urls.contains(Http.BASE + "/thu-vien"));
        assertTrue(urls.contains(Http.BASE + "/tai-lieu/ky-nang-song-cho-tre-em-mua-he-an-toan-va-phong-chong-duoi-nuoc"),
                "library documents too");
        Json.object(Http.get("/api/v1/articles?size=100").body()).getJsonArray("items")
                .forEach(v -> assertTrue(urls.contains(v.asJsonObject().getString("url"))));
        assertFalse(urls.contains(Http.BASE + "/bai-viet/ban-nhap-chua-dang-ve-thang-hanh-dong"));
    }

    @Test
    void atomFeedCarriesTheNewestArticles() throws Exception {
        HttpResponse<String> response = Http.get("/feed.xml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Document feed = parse(response.body());
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        int total = Json.object(Http.get("/api/v1/articles?size=1").body()).getInt("total");
        assertEquals(Math.min(30, total), entries.getLength());
        String newest = Json.object(Http.get("/api/v1/articles?size=1").body())
                .getJsonArray("items").getJsonObject(0).getString("title");
        assertTrue(entries.item(0).getTextContent().contains(newest));
    }

    @Test
    void brokenContentFileIsSkippedWithALogLineAndTheRestLoads() throws Exception {
        assertEquals(404, Http.get("/api/v1/articles/bai-co-phan-dau-hong").statusCode());
        assertTrue(Json.object(Http.get("/api/v1/articles").body()).getInt("total") >= 18);
        String log = Files.readString(Path.of(System.getProperty("it.server.log")), StandardCharsets.UTF_8);
        assertTrue(log.contains("Skipped content file") && log.contains("zz-hong-phan-dau.md"), "log names the file");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
