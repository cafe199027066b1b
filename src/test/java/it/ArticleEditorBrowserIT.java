package it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The article editor as writers and editors use it: a submitted article says why it cannot be changed; an image
 * goes into the body from the picker; an empty time never publishes; archiving asks first; the actions stay in
 * reach at the bottom of the window.
 */
class ArticleEditorBrowserIT {

    static final String PW = "mat-khau-bien-tap-vien-1";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void setUp() {
        Api.ensureAccount("pv-soan-bai", PW, "journalist");
        Api.ensureAccount("bt-soan-bai", PW, "editor");
        browser = Browsers.chromium(1366, 900);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void click(org.openqa.selenium.WebElement element) {
        Browsers.clickInView(browser, element);
    }

    @Test
    void writersAndEditorsAreToldWhatEachButtonDoes() throws java.io.IOException {
        JsonObject article = Json.object(Api.call("POST", "/articles", "pv-soan-bai", PW, Api.articleJson("Bài thử trình soạn")).body());
        String id = article.getString("id");
        browser.get(Http.BASE + "/bien-tap/bai-viet.xhtml?id=" + id);
        Browsers.signIn(browser, wait, "pv-soan-bai", PW);

        // a new image uploaded from inside the editor goes where the cursor is, and the unsaved text stays
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("san-choi-", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        var bodyField = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:noi-dung-md")));
        browser.executeScript("var t = arguments[0]; t.value = 'Đoạn mở đầu chưa lưu.\\n\\nĐoạn kết chưa lưu.'; t.focus();"
                + " t.setSelectionRange(22, 22); t.dispatchEvent(new Event('select'));", bodyField);
        // refused with a message, and the text stays: no file, then a file without its description
        click(browser.findElement(By.cssSelector(".image-picker summary")));
        click(browser.findElement(By.id("bai:tai-anh-chen")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Hãy chọn một tệp ảnh để tải lên."));
        // the picker stays open on its marked field
        assertEquals("true", browser.findElement(By.cssSelector(".image-picker")).getDomProperty("open"));
        assertEquals("true", browser.findElement(By.id("bai:anh-moi")).getAttribute("aria-invalid"));
        browser.findElement(By.id("bai:anh-moi")).sendKeys(picture.toString());
        click(browser.findElement(By.id("bai:tai-anh-chen")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Hãy mô tả ảnh"));
        assertEquals("Đoạn mở đầu chưa lưu.\n\nĐoạn kết chưa lưu.", browser.findElement(By.id("bai:noi-dung-md")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("bai:mo-ta-anh-moi")).getAttribute("aria-invalid"));
        assertEquals("true", browser.findElement(By.cssSelector(".image-picker")).getDomProperty("open"));

        bodyField = browser.findElement(By.id("bai:noi-dung-md"));
        browser.executeScript("var t = arguments[0]; t.focus(); t.setSelectionRange(22, 22); t.dispatchEvent(new Event('select'));", bodyField);
        browser.findElement(By.id("bai:anh-moi")).sendKeys(picture.toString());
        browser.findElement(By.id("bai:mo-ta-anh-moi")).sendKeys("Sân chơi của các em");
        click(browser.findElement(By.id("bai:tai-anh-chen")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã tải ảnh lên thư viện và chèn vào nội dung"));
        String uploaded = browser.findElement(By.id("bai:noi-dung-md")).getAttribute("value");
        assertTrue(uploaded.matches("(?s)Đoạn mở đầu chưa lưu\\.\n\n!\\[Sân chơi của các em]\\(/media/[a-z0-9-]+\\.(jpg|png)\\)\n\nĐoạn kết chưa lưu\\.\n?"), uploaded);
        java.nio.file.Files.deleteIfExists(picture);

        // an image from the library, put where the cursor is, and the preview shows the whole page
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".image-picker summary"))));
        click(browser.findElement(By.cssSelector("[data-insert]")));
        String body = browser.findElement(By.id("bai:noi-dung-md")).getAttribute("value");
        assertTrue(body.matches("(?s).*!\\[[^]]*]\\(/media/[a-z0-9-]+\\.(jpg|png|webp)\\).*"), body);
        assertTrue(body.startsWith("Đoạn mở đầu chưa lưu."), body);
        browser.findElement(By.id("bai:tieu-de")).sendKeys(" mới");
        assertEquals("Bài thử trình soạn mới", browser.findElement(By.id("xem-truoc-tieu-de-bai")).getText());
        var actions = browser.findElement(By.cssSelector(".editor .actions"));
        assertEquals("sticky", actions.getCssValue("position"));
        var save = browser.findElement(By.id("bai:luu"));
        save.click();
        // the draft's page already has "Gửi duyệt": wait until the saved page has replaced it
        wait.until(ExpectedConditions.stalenessOf(save));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:gui-duyet"))).click();
        wait.until(ExpectedConditions.textToBe(By.id("trang-thai"), "Chờ duyệt"));
        // as stored: the form goes as multipart, whose parameters lost a textarea's line breaks ("mot\n\nhai" was "mothai")
        browser.get(Http.BASE + "/bien-tap/bai-viet.xhtml?id=" + id);
        String stored = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:noi-dung-md"))).getAttribute("value");
        assertTrue(stored.startsWith("Đoạn mở đầu chưa lưu.\n\n![Sân chơi của các em]"), stored);

        // submitted: read-only, and the page says why
        assertTrue(browser.findElement(By.id("chi-doc")).getText().contains("chờ biên tập viên duyệt"));
        assertEquals("true", browser.findElement(By.id("bai:tieu-de")).getAttribute("readonly"));
        assertTrue(browser.findElements(By.id("bai:luu")).isEmpty(), "no save button for what cannot be saved");
        Browsers.signOut(browser, wait);

        // the editor: "schedule" without a time publishes nothing; archiving asks for a tick
        browser.get(Http.BASE + "/bien-tap/bai-viet.xhtml?id=" + id);
        Browsers.signIn(browser, wait, "bt-soan-bai", PW);
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:hen-gio-dang"))));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Hãy chọn ngày giờ đăng"));
        assertEquals("Chờ duyệt", browser.findElement(By.id("trang-thai")).getText());
        click(browser.findElement(By.id("bai:luu-tru")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Hãy đánh dấu ô xác nhận"));
        assertEquals("Chờ duyệt", browser.findElement(By.id("trang-thai")).getText());
        browser.findElement(By.id("bai:dang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("trang-thai"), "Đã đăng"));
        String page = Http.get("/bai-viet/" + article.getString("slug")).body();
        assertTrue(page.contains("srcset=\"/media/") || page.contains("loading=\"lazy\""), "the body image with its renditions");
        assertFalse(page.contains("<img src=\"/media/\""));
        Browsers.signOut(browser, wait);
    }
}
