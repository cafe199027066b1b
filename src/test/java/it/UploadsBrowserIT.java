package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upload as a person makes it: a file too large is refused in the browser the moment it is chosen, before a
 * byte is sent; a good one goes up with a progress bar and the server's answer follows as after a normal post.
 */
class UploadsBrowserIT {

    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium(1366, 900);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTooLargeFileIsRefusedBeforeItIsSentAndAGoodOneShowsProgress() throws IOException {
        Path big = Files.createTempFile("anh-qua-lon-", ".jpg");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(15L * 1024 * 1024);
        }
        Path small = Files.createTempFile("anh-nho-", ".png");
        ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "png", small.toFile());
        try {
            browser.get(Http.BASE + "/bien-tap/thu-vien-anh.xhtml");
            Browsers.signIn(browser, wait, "admin", Api.ADMIN_PASSWORD);
            browser.findElement(By.id("tai-len:tep")).sendKeys(big.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-note"), "quá giới hạn 10 MB"));
            browser.findElement(By.id("tai-len:mo-ta")).sendKeys("Ảnh quá lớn");
            browser.findElement(By.id("tai-len:nut-tai-len")).click();
            assertEquals("true", browser.findElement(By.id("tai-len:tep")).getAttribute("aria-invalid"));
            assertTrue(browser.findElements(By.cssSelector("progress")).isEmpty(), "nothing was sent");

            browser.findElement(By.id("tai-len:tep")).clear();
            browser.findElement(By.id("tai-len:tep")).sendKeys(small.toString());
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-note"), "Đã chọn 1 tệp"));
            browser.findElement(By.id("tai-len:mo-ta")).clear();
            browser.findElement(By.id("tai-len:mo-ta")).sendKeys("Các em vẽ tranh ở sân trường");
            browser.findElement(By.id("tai-len:nut-tai-len")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã tải ảnh lên"));
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Các em vẽ tranh ở sân trường"));
        } finally {
            Files.deleteIfExists(big);
            Files.deleteIfExists(small);
        }
    }
}
