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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A journalist writes and submits, an editor publishes, readers see it, and the editor restores a revision. */
class EditorialBrowserIT {

    static final String PASSWORD = "mat-khau-trinh-duyet-1";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void setUp() {
        Api.ensureAccount("pv-trinh-duyet", PASSWORD, "journalist");
        Api.ensureAccount("bt-trinh-duyet", PASSWORD, "editor");
        browser = Browsers.chromium(1280, 1600);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromDraftToPublishedAndBack() {
        String title = "Trẻ em và mùa hè an toàn " + System.currentTimeMillis();

        // the journalist is sent to sign in, then straight back to the editor
        browser.get(Http.BASE + "/bien-tap/bai-viet.xhtml");
        signIn("pv-trinh-duyet");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:tieu-de")));
        browser.findElement(By.id("bai:tieu-de")).sendKeys(title);
        browser.findElement(By.id("bai:tom-tat")).sendKeys("Những điều cha mẹ cần nhớ khi con nghỉ hè.");
        browser.findElement(By.id("bai:the")).sendKeys("Mùa hè an toàn, Phòng chống đuối nước");
        WebElement body = browser.findElement(By.id("bai:noi-dung-md"));
        body.sendKeys("## Phòng chống đuối nước\n\nLuôn có người lớn **trông chừng** khi trẻ bơi.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("xem-truoc"), "Phòng chống đuối nước"));
        assertTrue(browser.findElement(By.cssSelector("#xem-truoc strong")).getText().contains("trông chừng"),
                "the live preview renders the Markdown");
        browser.findElement(By.id("bai:luu")).click();
        wait.until(ExpectedConditions.urlContains("id="));
        String editorUrl = browser.getCurrentUrl().replace("&moi=1", "");
        assertEquals("Bản nháp", browser.findElement(By.id("trang-thai")).getText());
        browser.findElement(By.id("bai:gui-duyet")).click();
        wait.until(ExpectedConditions.textToBe(By.id("trang-thai"), "Chờ duyệt"));
        signOut();

        // the editor finds it in the review queue and publishes it
        browser.get(Http.BASE + "/bien-tap/index.xhtml");
        signIn("bt-trinh-duyet");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cho-duyet")));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:dang")));
        browser.findElement(By.id("bai:dang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("trang-thai"), "Đã đăng"));
        String publicUrl = browser.findElement(By.linkText("Xem trên trang công khai")).getAttribute("href");

        // readers see it
        browser.get(publicUrl);
        assertEquals(title, browser.findElement(By.cssSelector("article.story h1")).getText());

        // the editor changes the title, then restores the first revision
        browser.get(editorUrl);
        WebElement titleField = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:tieu-de")));
        titleField.clear();
        titleField.sendKeys("Tiêu đề sửa nhầm");
        browser.findElement(By.id("bai:luu")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã lưu bài"));
        browser.get(publicUrl);
        assertEquals("Tiêu đề sửa nhầm", browser.findElement(By.cssSelector("article.story h1")).getText());
        browser.get(editorUrl.replace("bai-viet.xhtml", "lich-su.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#so-sanh ins")));
        browser.findElement(By.cssSelector("input[value='Khôi phục phiên bản 1']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã khôi phục phiên bản 1"));
        browser.get(publicUrl);
        assertEquals(title, browser.findElement(By.cssSelector("article.story h1")).getText());
        signOutIfPossible();
    }

    private static void signIn(String username) {
        Browsers.signIn(browser, wait, username, PASSWORD);
    }

    private static void signOut() {
        Browsers.signOut(browser, wait);
        browser.get(Http.BASE + "/bien-tap/index.xhtml");
        wait.until(ExpectedConditions.urlContains("/tai-khoan/dang-nhap.xhtml"));
    }

    private static void signOutIfPossible() {
        browser.get(Http.BASE + "/bien-tap/index.xhtml");
        if (!browser.findElements(By.id("dang-xuat:nut-dang-xuat")).isEmpty()) {
            signOut();
        }
    }

}
