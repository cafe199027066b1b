package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader in Debian's Chromium: home page, then an article, as a person would. */
class BrowserIT {

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
    void readerFollowsAnArticleFromTheHomePage() {
        browser.get(Http.BASE + "/");
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        // the featured story is always sample content with a full body
        WebElement link = browser.findElement(By.cssSelector("section[aria-labelledby='tieu-diem'] .lead-title a"));
        String title = link.getText();
        link.click();
        WebElement heading = Browsers.waitFor(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.story h1")));
        assertEquals(title, heading.getText());
        assertTrue(browser.getCurrentUrl().startsWith(Http.BASE + "/bai-viet/"));
        String text = browser.findElement(By.cssSelector(".prose")).getText();
        assertTrue(text.length() > 500, "the article body is shown");
        assertTrue(text.matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*"),
                "Vietnamese text with its diacritics");
        assertTrue(browser.findElement(By.cssSelector("time")).getText().matches("\\d{2}/\\d{2}/\\d{4}"));
        assertTrue(browser.manage().getCookies().isEmpty(), "reading sets no cookie");
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        browser.get(Http.BASE + "/chuyen-muc/luat-chinh-sach");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Bỏ qua, đến nội dung chính", focused.getText());
        focused.sendKeys(Keys.ENTER);
        Object id = ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
        assertEquals("noi-dung", id);
    }
}
