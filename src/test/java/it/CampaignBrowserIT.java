package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor builds a campaign (pasting its plan), publishes it, readers see its page, and it is cloned for next year. */
class CampaignBrowserIT {

    static final String PASSWORD = "mat-khau-chien-dich-1";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void setUp() {
        Api.ensureAccount("bt-chien-dich", PASSWORD, "editor");
        Api.ensureAccount("pv-chien-dich", PASSWORD, "journalist");
        browser = Browsers.chromium(1280, 1800);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromAPastedPlanToThePublicPageAndNextYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        DateTimeFormatter vn = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        int year = today.getYear();
        // letters only after the year, so that cloning changes the year and nothing else
        String mark = Long.toString(System.currentTimeMillis()).chars().mapToObj(c -> String.valueOf((char) ('a' + c - '0')))
                .reduce("", String::concat);
        String name = "Chiến dịch thử nghiệm " + year + " " + mark;

        browser.get(Http.BASE + "/bien-tap/chien-dich-sua.xhtml");
        signIn("bt-chien-dich");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cd:ten"))).sendKeys(name);
        browser.findElement(By.id("cd:chu-de")).sendKeys("Trẻ em được lắng nghe");
        browser.findElement(By.id("cd:bat-dau")).sendKeys(today.minusDays(2).format(vn));
        browser.findElement(By.id("cd:ket-thuc")).sendKeys(today.plusDays(4).format(vn));
        browser.findElement(By.id("cd:thong-diep")).sendKeys("Lắng nghe trẻ em\nGọi 111 khi trẻ cần giúp");
        browser.findElement(By.id("cd:noi-dung-md")).sendKeys("## Vì sao\n\nĐể **mọi trẻ em** được an toàn.");
        // a plan as copied from a document: a header, two good rows, one without a readable time
        String plan = "STT\tNỘI DUNG\tTHỜI GIAN\tTHỰC HIỆN\tPHỐI HỢP\tKINH PHÍ\n"
                + "1\tLễ phát động\tTháng 1\tVăn phòng Hội\tBan Truyền thông\tHành chính\n"
                + "2\tDiễn đàn trẻ em\tQuý 4\tBan Truyền thông\tTạp chí Trẻ em\tVận động\n"
                + "3\tTập huấn phóng viên\tsắp tới\tCLB Nhà báo\t\tHành chính\n";
        setValue(browser.findElement(By.id("cd:dan")), plan);
        Browsers.clickInView(browser, browser.findElement(By.id("cd:doc-bang")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dong-loi")));
        assertTrue(browser.findElement(By.id("dong-loi")).getText().contains("Dòng 4"), "the bad row, by its line");
        List<WebElement> rows = browser.findElements(By.cssSelector("#ke-hoach tbody tr"));
        assertEquals(2, rows.size(), "the good rows became plan rows");
        assertEquals("Quý 4", browser.findElement(By.id("ke-hoach")).findElements(By.tagName("input")).stream()
                .map(e -> e.getAttribute("value")).filter(v -> v.startsWith("Quý")).findFirst().orElse(""));

        browser.findElement(By.id("cd:luu")).click();
        wait.until(ExpectedConditions.urlContains("id="));
        assertEquals("Bản nháp", browser.findElement(By.id("trang-thai")).getText());
        String editorUrl = browser.getCurrentUrl().replace("&moi=1", "");
        assertEquals(2, browser.findElements(By.cssSelector("#ke-hoach tbody tr")).size(), "the plan was saved");

        browser.findElement(By.id("cd:dang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("trang-thai"), "Đã đăng"));
        String publicUrl = browser.findElement(By.linkText("Xem trên trang công khai")).getAttribute("href");

        // every save is a revision; publishing saved the same content again, and the history says so
        browser.findElement(By.linkText("Lịch sử sửa đổi")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("phien-ban")));
        List<WebElement> revisions = browser.findElements(By.cssSelector("#phien-ban tbody tr"));
        assertEquals(2, revisions.size(), "created, then saved on publishing");
        assertTrue(revisions.get(0).getText().contains("không thay đổi nội dung"), revisions.get(0).getText());
        assertEquals("Hai phiên bản này giống nhau, không có thay đổi nào.", browser.findElement(By.id("so-sanh")).getText());
        assertTrue(browser.findElements(By.tagName("td")).stream().anyMatch(td -> td.getText().equals("đăng chiến dịch")),
                "the audit trail");

        // readers see the campaign page
        signOut();
        browser.manage().deleteAllCookies();
        browser.get(publicUrl);
        assertEquals(name, browser.findElement(By.cssSelector("article.campaign h1")).getText());
        assertEquals("Đang diễn ra · còn 5 ngày", browser.findElement(By.id("trang-thai")).getText());
        assertTrue(browser.findElement(By.cssSelector(".campaign-hotline")).getText().contains("111"));
        List<String> timeline = browser.findElements(By.cssSelector(".timeline h3")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Lễ phát động", "Diễn đàn trẻ em"), timeline, "the plan in time order");
        assertTrue(browser.findElement(By.cssSelector(".slogans")).getText().contains("Lắng nghe trẻ em"));
        assertTrue(browser.findElement(By.cssSelector(".prose strong")).getText().contains("mọi trẻ em"));
        assertTrue(browser.manage().getCookies().isEmpty(), "no cookie for readers");

        // the editor clones it for next year
        browser.get(editorUrl);
        signIn("bt-chien-dich");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cd:nhan-ban"))).click();
        wait.until(ExpectedConditions.urlContains("nhan-ban=1"));
        assertEquals(name.replace(Integer.toString(year), Integer.toString(year + 1)),
                browser.findElement(By.id("cd:ten")).getAttribute("value"));
        assertEquals(Integer.toString(year + 1), browser.findElement(By.id("cd:nam")).getAttribute("value"));
        assertEquals("Bản nháp", browser.findElement(By.id("trang-thai")).getText());
        assertEquals(today.minusDays(2).plusYears(1).format(vn), browser.findElement(By.id("cd:bat-dau")).getAttribute("value"));
    }

    @Test
    void journalistsDoNotRunCampaigns() {
        browser.manage().deleteAllCookies();
        browser.get(Http.BASE + "/bien-tap/chien-dich.xhtml");
        signIn("pv-chien-dich");
        assertTrue(browser.getTitle().startsWith("Không có quyền truy cập"), browser.getTitle());
        assertTrue(browser.findElements(By.id("tao-chien-dich")).isEmpty());
        browser.manage().deleteAllCookies();
    }

    /** Pastes text the way a clipboard does: tabs and newlines exactly as they are. */
    private static void setValue(WebElement field, String text) {
        browser.executeScript("arguments[0].value = arguments[1];", field, text);
    }

    private static void signIn(String username) {
        Browsers.signIn(browser, wait, username, PASSWORD);
    }

    private static void signOut() {
        Browsers.signOut(browser, wait);
    }
}
