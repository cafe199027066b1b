package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The desk page where a person makes, sees and revokes their own API tokens. */
class ApiTokensBrowserIT {

    private static final String PASSWORD = "ma-tren-trang-Secret-2026";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void setUp() {
        Api.ensureAccount("pv-trang-ma", PASSWORD, "journalist");
        browser = Browsers.chromium(1280, 1400);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
        browser.get(Http.BASE + "/tai-khoan/dang-nhap.xhtml");
        Browsers.signIn(browser, wait, "pv-trang-ma", PASSWORD);
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTokenMadeOnThePageIsShownOnceWorksAndIsRevokedThere() {
        browser.get(Http.BASE + "/bien-tap/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("ma-truy-cap"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tao:ten"))).sendKeys("Script đăng bài tự động");
        browser.findElement(By.id("tao:nut-tao")).click();
        String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ma-bi-mat"))).getAttribute("value");
        assertEquals(43, secret.length(), secret);
        assertTrue(browser.findElement(By.id("thong-bao")).getText().contains("chỉ hiện một lần"));

        HttpResponse<String> draft = Api.withToken("POST", "/articles", secret, Api.articleJson("Bài gửi bằng mã từ trang"));
        assertEquals(201, draft.statusCode(), draft.body());

        browser.get(Http.BASE + "/tai-khoan/ma-truy-cap.xhtml");
        String table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("danh-sach"))).getText();
        assertTrue(table.contains("Script đăng bài tự động"), table);
        assertTrue(table.matches("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), "dd/MM/yyyy HH:mm: " + table);
        assertFalse(table.contains("Chưa dùng"), "its use is shown: " + table);
        assertFalse(browser.getPageSource().contains(secret), "the secret is gone once the page is left");

        browser.findElement(By.cssSelector("#danh-sach input[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã thu hồi mã"));
        assertEquals(401, Api.withToken("GET", "/tokens", secret, null).statusCode());
    }

    @Test
    void aNamelessTokenIsRefusedWithAMessage() {
        browser.get(Http.BASE + "/tai-khoan/ma-truy-cap.xhtml");
        var name = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tao:ten")));
        // the browser's own check would stop an empty field; a blank one reaches the portal
        name.sendKeys("   ");
        browser.findElement(By.id("tao:nut-tao")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Hãy đặt tên cho mã"));
        assertTrue(browser.findElements(By.id("ma-bi-mat")).isEmpty());
    }

    @Test
    void strangersAreSentToSignIn() {
        HttpResponse<String> response = Http.get("/tai-khoan/ma-truy-cap.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/tai-khoan/dang-nhap.xhtml?tiep="));
    }
}
