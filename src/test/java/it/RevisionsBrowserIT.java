package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An article's history as an editor reads it on a phone: a save that changed nothing is marked and does not hide
 * the real change before it, which is shown word by word; times, sections and people as readers name them.
 */
class RevisionsBrowserIT {

    private static final String EDITOR = "ls-thu-ha";
    private static final String PASSWORD = "ls-thu-ha-Secret-2026";
    private static final String BODY = "Trẻ em cần được bảo vệ khỏi xâm hại.\\n\\nĐoạn có <script>alert(1)</script> trong bài.";

    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium(390, 844);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDefaultComparisonIsTheLastRealChangeWordByWord() {
        int created = Api.call("POST", "/accounts", "admin", Api.ADMIN_PASSWORD, "{\"username\":\"" + EDITOR
                + "\",\"displayName\":\"Nguyễn Thu Hà\",\"email\":\"" + EDITOR + "@example.org\",\"roles\":[\"editor\"],"
                + "\"password\":\"" + PASSWORD + "\"}").statusCode();
        assertTrue(created == 201 || created == 409, "the editor's account");
        String id = Json.object(Api.call("POST", "/articles", EDITOR, PASSWORD, article(BODY)).body()).getString("id");
        String changed = BODY.replace("cần", "phải");
        assertEquals(200, Api.call("PUT", "/articles/" + id, EDITOR, PASSWORD, article(changed)).statusCode());
        assertEquals(200, Api.call("PUT", "/articles/" + id, EDITOR, PASSWORD, article(changed)).statusCode(),
                "the same content saved again: revision 3 changes nothing");

        browser.get(Http.BASE + "/bien-tap/lich-su.xhtml?id=" + id);
        Browsers.signIn(browser, wait, EDITOR, PASSWORD);
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("so-sanh")));
            assertEquals("1", new Select(browser.findElement(By.id("tu"))).getFirstSelectedOption().getText(),
                    "revision 2 is the same as 3, so 3 is compared with 1");
            assertEquals("3", new Select(browser.findElement(By.id("den"))).getFirstSelectedOption().getText());
            assertEquals(List.of("cần"), texts("#so-sanh del"));
            assertEquals(List.of("phải"), texts("#so-sanh ins"));
            assertTrue(lines("li.diff-changed").contains("Trẻ em cầnphải được bảo vệ khỏi xâm hại."),
                    "one line changed in place: " + lines("li"));

            // what a writer typed stays text
            assertTrue(lines("li").contains("Đoạn có <script>alert(1)</script> trong bài."));
            assertEquals(0L, browser.executeScript("return document.querySelectorAll('main script').length;"));

            // the section by its title, people by their names, times as Vietnamese readers write them
            assertTrue(lines("li").stream().anyMatch(l -> l.startsWith("Chuyên mục: Tình hình trẻ em")));
            String main = browser.findElement(By.tagName("main")).getText();
            assertFalse(main.contains("tinh-hinh-tre-em"), "no section code on the page");
            List<WebElement> rows = browser.findElements(By.cssSelector("#phien-ban tbody tr"));
            assertEquals(3, rows.size());
            List<WebElement> newest = rows.get(0).findElements(By.tagName("td"));
            assertTrue(newest.get(1).getText().matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"), newest.get(1).getText());
            assertEquals("Nguyễn Thu Hà", newest.get(2).getText());
            assertTrue(newest.get(3).getText().contains("không thay đổi nội dung"), "revision 3 is marked");
            assertFalse(rows.get(1).getText().contains("không thay đổi nội dung"), "revision 2 changed a word");
            assertFalse(rows.get(2).getText().contains("không thay đổi nội dung"), "revision 1 created the article");
            assertFalse(main.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"), "no ISO time on the page");

            assertEquals(List.of(), Axe.seriousViolations(browser), "no serious or critical accessibility problem");

            // two chosen revisions that hold the same content
            new Select(browser.findElement(By.id("tu"))).selectByVisibleText("2");
            browser.findElement(By.cssSelector("form.compare button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("tu=2"));
            assertEquals("Hai phiên bản này giống nhau, không có thay đổi nào.",
                    browser.findElement(By.id("so-sanh")).getText());
            assertTrue(browser.findElements(By.cssSelector("ins, del")).stream().noneMatch(e -> e.findElements(
                    By.xpath("ancestor::*[@id='so-sanh']")).size() > 0), "nothing is shown as changed");
        } finally {
            Browsers.signOut(browser, wait);
        }
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The comparison's lines as they read, without the +/− mark and the words said only to screen readers. */
    @SuppressWarnings("unchecked")
    private static List<String> lines(String css) {
        return (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('#so-sanh ' + arguments[0])].map(li => [...li.childNodes]
                    .filter(n => !(n.classList && (n.classList.contains('diff-mark') || n.classList.contains('visually-hidden'))))
                    .map(n => n.textContent).join(''));""", css);
    }

    private static String article(String body) {
        return "{\"title\":\"Lịch sử từng chữ\",\"summary\":\"Tóm tắt\",\"body\":\"" + body
                + "\",\"section\":\"tinh-hinh-tre-em\",\"tags\":[\"Thử nghiệm\"]}";
    }
}
