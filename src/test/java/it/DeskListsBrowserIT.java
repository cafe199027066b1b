package it;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accounts page and the outbox with many rows, on a laptop's window: the create form first, one page of rows at
 * a time, a search that ignores diacritics, no text that widens the page, and the outbox filtered by recipient.
 */
class DeskListsBrowserIT {

    private static final String PASSWORD = "ds-tai-khoan-Secret-2026";
    private static final String LONG_WORD = "Dài".repeat(40); // 120 characters without a space: the most the API takes
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static GreenMail smtp;

    @BeforeAll
    static void manyAccountsAndAnAdmin() {
        smtp = Mails.start();
        for (int i = 1; i <= 60; i++) {
            String name = String.format("ds-tk-%02d", i);
            if (i % 10 == 0) {
                Api.ensureAccount(name, PASSWORD, "journalist", "jury");
            } else {
                Api.ensureAccount(name, PASSWORD, "journalist");
            }
        }
        create("{\"username\":\"ds-nhung\",\"displayName\":\"Phạm Thị Hồng Nhung\",\"email\":\"nhung.pham@example.org\","
                + "\"roles\":[\"editor\"],\"password\":\"" + PASSWORD + "\"}");
        create("{\"username\":\"ds-dai\",\"displayName\":\"" + LONG_WORD + "\",\"email\":\"ds-dai@example.org\","
                + "\"roles\":[],\"password\":\"" + PASSWORD + "\"}");
        browser = Browsers.chromium(1366, 900);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml");
        Browsers.signIn(browser, wait, "admin", Api.ADMIN_PASSWORD);
    }

    private static void create(String json) {
        HttpResponse<String> response = Api.call("POST", "/accounts", "admin", Api.ADMIN_PASSWORD, json);
        assertTrue(response.statusCode() == 201 || response.statusCode() == 409, response.body());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theCreateFormComesFirstAndTheListIsPaged() {
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml");
        WebElement username = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tao:ten")));
        assertTrue(username.isDisplayed(), "the form is open");
        WebElement list = browser.findElement(By.id("danh-sach"));
        assertTrue(username.getLocation().getY() < list.getLocation().getY(), "the form is above the list");
        assertTrue(username.getLocation().getY() < 900, "the form is in the first screen");
        assertEquals(browser.findElement(By.cssSelector(".site-header .brand")).getLocation().getX(),
                browser.findElement(By.tagName("h1")).getLocation().getX(), "the content starts where the header does");

        List<String> first = usernames();
        assertEquals(50, first.size(), "one page of 50 of the 62 or more accounts");
        String pages = browser.findElement(By.id("tren-trang")).getText();
        assertTrue(pages.contains("Trang 1 / "), pages);
        assertTrue(browser.findElement(By.id("tren-so-luong")).getText().startsWith("Hiển thị 1–50 trong "));

        browser.findElement(By.cssSelector("#tren-trang a[rel=next]")).click();
        wait.until(ExpectedConditions.urlContains("trang=2"));
        List<String> second = usernames();
        assertFalse(second.isEmpty());
        assertTrue(second.size() <= 50);
        assertTrue(second.stream().noneMatch(first::contains), "the next page shows other accounts");
        assertTrue(browser.findElement(By.id("tren-trang")).getText().contains("Trang 2 / "));
        assertFalse(browser.findElements(By.cssSelector("#tren-trang a[rel=prev]")).isEmpty());
        assertFalse(browser.findElement(By.id("tao:ten")).isDisplayed(), "paging on, the form is folded away");
    }

    @Test
    void aNameTypedWithoutDiacriticsIsFoundAndTheRoleFilterNarrows() {
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml");
        search("PHAM thi hong nhung");
        wait.until(ExpectedConditions.urlContains("q=PHAM"));
        assertEquals(List.of("ds-nhung"), usernames());
        assertTrue(browser.findElement(By.id("danh-sach")).getText().contains("Phạm Thị Hồng Nhung"));
        assertEquals("PHAM thi hong nhung", browser.findElement(By.id("tim-q")).getAttribute("value"), "the search stays");

        search("ds-tk-");
        new Select(browser.findElement(By.id("tim-vai-tro"))).selectByVisibleText("Giám khảo");
        browser.findElement(By.id("tim-nut")).click();
        wait.until(ExpectedConditions.urlContains("vai-tro=jury"));
        assertEquals(List.of("ds-tk-10", "ds-tk-20", "ds-tk-30", "ds-tk-40", "ds-tk-50", "ds-tk-60"), usernames());

        // an action on a filtered list keeps the list as it was asked for
        String row = "//tr[td[1][text()='ds-tk-20']]";
        browser.findElement(By.xpath(row + "//input[@value='Biên tập viên']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã đổi vai trò của ds-tk-20"));
        assertTrue(browser.findElement(By.xpath(row + "//input[@value='Biên tập viên']")).getAttribute("class").contains("on"));
        assertEquals(6, usernames().size());
    }

    @Test
    void aLongUnbrokenNameDoesNotWidenThePage() {
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml?q=ds-dai");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("danh-sach")));
        assertEquals(List.of("ds-dai"), usernames());
        assertPageFitsTheWindow();
        WebElement name = browser.findElement(By.cssSelector("#danh-sach .long-text"));
        assertFalse(name.getText().contains(LONG_WORD), "shown cut");
        name.findElement(By.tagName("summary")).click();
        assertEquals(LONG_WORD, name.findElement(By.cssSelector(".full-text")).getText(), "the whole name, one click away");
        assertPageFitsTheWindow();
    }

    @Test
    void theOutboxShowsOnlyTheMailsOfTheRecipientAskedFor() throws Exception {
        create("{\"username\":\"ds-hop-thu\",\"displayName\":\"Hộp thư\",\"email\":\"ds-hop-thu@example.org\",\"roles\":[]}");
        create("{\"username\":\"ds-nguoi-khac\",\"displayName\":\"Người khác\",\"email\":\"ds-nguoi-khac@example.org\",\"roles\":[]}");
        Mails.await(smtp, "ds-hop-thu@example.org", "");
        Mails.await(smtp, "ds-nguoi-khac@example.org", "");

        browser.get(Http.BASE + "/quan-tri/hop-thu.xhtml");
        WebElement recipient = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("loc-nguoi-nhan")));
        recipient.sendKeys("DS-HOP-THU");
        browser.findElement(By.id("loc-nut")).click();
        wait.until(ExpectedConditions.urlContains("nguoi-nhan=DS-HOP-THU"));
        List<String> shown = recipients();
        assertFalse(shown.isEmpty(), "the invitation is there");
        assertTrue(shown.stream().allMatch("ds-hop-thu@example.org"::equals), shown.toString());
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("ds-nguoi-khac"));
        assertPageFitsTheWindow();

        // sent, once the background delivery has recorded it; and none of them failed
        wait.until(d -> {
            d.navigate().refresh();
            new Select(d.findElement(By.id("loc-trang-thai"))).selectByVisibleText("Đã gửi");
            d.findElement(By.id("loc-nut")).click();
            return d.getCurrentUrl().contains("trang-thai=sent") && !recipients().isEmpty();
        });
        assertTrue(recipients().stream().allMatch("ds-hop-thu@example.org"::equals));
        new Select(browser.findElement(By.id("loc-trang-thai"))).selectByVisibleText("Gửi thất bại");
        browser.findElement(By.id("loc-nut")).click();
        wait.until(ExpectedConditions.urlContains("trang-thai=failed"));
        assertEquals("Không có thư nào.", browser.findElement(By.id("tren-so-luong")).getText());
        assertEquals("DS-HOP-THU", browser.findElement(By.id("loc-nguoi-nhan")).getAttribute("value"));
    }

    @Test
    void badFiltersAreSaidInVietnameseNotAnError() {
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml?trang=abc&vai-tro=vua");
        String messages = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thong-bao"))).getText();
        assertTrue(messages.contains("Số trang không hợp lệ"), messages);
        assertTrue(messages.contains("Không có vai trò \"vua\""), messages);
        assertEquals(50, usernames().size());
        browser.get(Http.BASE + "/quan-tri/hop-thu.xhtml?trang-thai=mat&trang=-1");
        messages = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thong-bao"))).getText();
        assertTrue(messages.contains("Không có trạng thái thư \"mat\""), messages);
        assertTrue(messages.contains("Số trang không hợp lệ"), messages);
    }

    private static void search(String text) {
        WebElement box = browser.findElement(By.id("tim-q"));
        box.clear();
        box.sendKeys(text);
        browser.findElement(By.id("tim-nut")).click();
        // the list comes as a new page: what is found before it has replaced this one goes stale
        wait.until(ExpectedConditions.stalenessOf(box));
    }

    private static List<String> usernames() {
        return browser.findElements(By.cssSelector("#danh-sach tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    private static List<String> recipients() {
        return browser.findElements(By.cssSelector("#thu .mail .recipient")).stream().map(WebElement::getText).toList();
    }

    private static void assertPageFitsTheWindow() {
        Object fits = browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, fits, "page width " + browser.executeScript("return document.documentElement.scrollWidth;"));
    }
}
