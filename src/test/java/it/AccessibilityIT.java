package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (through Deque's Selenium binding) on every kind of public page, on a phone, and on every desk page,
 * signed in as the admin: no serious or critical violation of WCAG 2.1 A and AA.
 */
class AccessibilityIT {

    private static final List<String> PUBLIC = List.of("/", "/tim-kiem?q=tre+em", "/tim-kiem?q=xyzzyqwerty", "/thu-vien",
            "/chien-dich", "/cuoc-thi", "/giai-thuong", "/cau-lac-bo", "/cau-lac-bo/hoi-vien", "/khong-co-trang-nay",
            "/tai-khoan/dang-nhap.xhtml", "/tai-khoan/quen-mat-khau.xhtml", "/tai-khoan/dang-ky.xhtml", "/gioi-thieu",
            "/lien-he", "/quyen-rieng-tu");
    private static final List<String> DESK = List.of("/bien-tap/index.xhtml", "/bien-tap/bai-viet.xhtml",
            "/bien-tap/chien-dich.xhtml", "/bien-tap/cuoc-thi.xhtml", "/bien-tap/giai-thuong.xhtml", "/bien-tap/de-cu.xhtml",
            "/bien-tap/thu-vien-anh.xhtml", "/bien-tap/tai-lieu.xhtml", "/bien-tap/tap-huan.xhtml", "/bien-tap/cau-lac-bo.xhtml",
            "/quan-tri/tai-khoan.xhtml", "/quan-tri/hop-thu.xhtml", "/quan-tri/tim-kiem.xhtml", "/tai-khoan/ma-truy-cap.xhtml",
            "/giam-khao/index.xhtml", "/giam-khao/hoi-dong.xhtml", "/du-thi/bai-cua-toi.xhtml");
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium(390, 844);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesOnAPhone() {
        List<String> pages = new ArrayList<>(PUBLIC);
        pages.addAll(oneOfEachKind());
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(Http.BASE + page);
            problems.addAll(problems(page));
        }
        assertTrue(pages.size() >= 20, pages.toString());
        assertEquals(List.of(), problems);
    }

    @Test
    void deskPagesOnALaptop() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(Http.BASE + DESK.get(0));
        Browsers.signIn(browser, Browsers.waitFor(browser, Duration.ofSeconds(15)), "admin", Api.ADMIN_PASSWORD);
        // an article with a history: its editor and its revisions
        String id = Json.object(Api.call("POST", "/articles", "admin", Api.ADMIN_PASSWORD, Api.articleJson("Bài kiểm tra tiếp cận")).body())
                .getString("id");
        Api.call("PUT", "/articles/" + id, "admin", Api.ADMIN_PASSWORD, Api.articleJson("Bài kiểm tra tiếp cận, sửa"));
        List<String> pages = new ArrayList<>(DESK);
        pages.add("/bien-tap/bai-viet.xhtml?id=" + id);
        pages.add("/bien-tap/lich-su.xhtml?id=" + id);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.get(Http.BASE + page);
            problems.addAll(problems(page));
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        assertEquals(List.of(), problems);
    }

    private static List<String> problems(String page) {
        return Axe.seriousViolations(browser).stream().map(v -> page + ": " + v).toList();
    }

    /** The first address of each kind in the sitemap: an article, a section, a tag, a campaign, a contest… */
    private static List<String> oneOfEachKind() {
        String sitemap = Http.get("/sitemap.xml").body();
        Map<String, String> kinds = new LinkedHashMap<>();
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
        while (loc.find()) {
            String path = URI.create(loc.group(1)).getPath();
            String[] parts = path.split("/");
            if (parts.length > 2) {
                kinds.putIfAbsent(parts[1] + "/" + (parts.length > 3 ? "+" : ""), path);
            }
        }
        return new ArrayList<>(kinds.values());
    }
}
