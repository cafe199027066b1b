package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The filter forms as a person uses them: what they picked stays picked, and nothing they did not pick is sent.
 * Every option used to be written selected="", so the browser showed, and sent, the last one of each list.
 */
class FiltersBrowserIT {

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
    void theLibraryFilterSendsOnlyWhatWasPicked() {
        browser.get(Http.BASE + "/thu-vien");
        for (String id : new String[]{"chu-de", "doi-tuong", "nam"}) {
            assertEquals("", new Select(browser.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value"),
                    id + " starts at “Tất cả”");
        }
        new Select(browser.findElement(By.id("chu-de"))).selectByVisibleText("Kỹ năng sống");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("chu-de="));
        assertTrue(browser.getCurrentUrl().contains("doi-tuong=&nam="), browser.getCurrentUrl());
        assertEquals("Kỹ năng sống", new Select(browser.findElement(By.id("chu-de"))).getFirstSelectedOption().getText());
        assertEquals("Tất cả", new Select(browser.findElement(By.id("doi-tuong"))).getFirstSelectedOption().getText());
        assertFalse(browser.findElements(By.cssSelector("ul.documents li")).isEmpty(), "the sample documents on life skills");
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Chưa có tài liệu nào"));
    }

    @Test
    void theDirectoryDoesNotFilterByAProvinceNobodyPicked() {
        browser.get(Http.BASE + "/cau-lac-bo/hoi-vien");
        assertEquals("Tất cả", new Select(browser.findElement(By.id("tinh"))).getFirstSelectedOption().getText());
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("tinh="));
        assertTrue(browser.getCurrentUrl().contains("tinh=&"), browser.getCurrentUrl());
    }

    @Test
    void revisionsCompareTheLastTwoByDefault() {
        Api.ensureAccount("bt-loc", "bt-loc-Secret-2026", "editor");
        JsonObject article = Json.object(Api.call("POST", "/articles", "bt-loc", "bt-loc-Secret-2026",
                Api.articleJson("Bài có ba phiên bản")).body());
        String id = article.getString("id");
        for (String title : new String[]{"Bài có ba phiên bản (sửa 1)", "Bài có ba phiên bản (sửa 2)"}) {
            assertEquals(200, Api.call("PUT", "/articles/" + id, "bt-loc", "bt-loc-Secret-2026", Api.articleJson(title)).statusCode());
        }
        browser.get(Http.BASE + "/bien-tap/lich-su.xhtml?id=" + id);
        Browsers.signIn(browser, wait, "bt-loc", "bt-loc-Secret-2026");
        try {
            String from = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tu")))).getFirstSelectedOption().getText();
            String to = new Select(browser.findElement(By.id("den"))).getFirstSelectedOption().getText();
            assertEquals("2", from);
            assertEquals("3", to);
        } finally {
            Browsers.signOut(browser, wait);
        }
    }
}
