package it;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From the public application form to a directory entry, the member's own profile, and a credited story. */
class ClubBrowserIT {

    private static final Pattern WELCOME = Pattern.compile("(http://\\S+/tai-khoan/dat-lai-mat-khau\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static GreenMail smtp;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-clb-tt", "mat-khau-bt-clb-tt", "editor");
        browser = Browsers.chromium(1280, 1400);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        browser.quit();
        smtp.stop();
    }

    @Test
    void anApplicantBecomesAListedMemberWhoseStoryIsCredited() throws Exception {
        Path portrait = Files.createTempFile("chan-dung", ".png");
        ImageIO.write(new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB), "png", portrait.toFile());
        Path huge = Files.createTempFile("qua-lon", ".jpg");
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        tooBig[0] = (byte) 0xFF;
        tooBig[1] = (byte) 0xD8;
        tooBig[2] = (byte) 0xFF;
        Files.write(huge, tooBig);

        browser.get(Http.BASE + "/cau-lac-bo");
        browser.findElement(By.linkText("Đăng ký gia nhập")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("don:ho-ten"))).sendKeys("Trịnh Bảo Ngọc");
        browser.findElement(By.id("don:co-quan")).sendKeys("Đài Phát thanh và Truyền hình Cần Thơ");
        browser.findElement(By.id("don:the-nha-bao")).sendKeys("CT-80808");
        browser.findElement(By.id("don:linh-vuc")).sendKeys("trẻ em vùng sông nước");
        new Select(browser.findElement(By.id("don:tinh"))).selectByVisibleText("Cần Thơ");
        browser.findElement(By.id("don:email")).sendKeys("ngoc.trinh@example.org");
        browser.findElement(By.id("don:dien-thoai")).sendKeys("0292 3821 555");
        browser.findElement(By.id("don:anh")).sendKeys(huge.toString());
        browser.findElement(By.id("don:gui")).click();
        // the browser refuses it before sending; the same rule holds on the server when the script does not run
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "quá giới hạn 10 MB mỗi tệp"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('don:anh').removeAttribute('data-max-mb')");
        browser.findElement(By.id("don:gui")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Ảnh quá lớn: tối đa 10 MB"));
        assertEquals("Trịnh Bảo Ngọc", browser.findElement(By.id("don:ho-ten")).getAttribute("value"), "what was typed stays");

        WebElement photoConsent = browser.findElement(By.cssSelector("input[name='don:cong-khai'][value='photo']"));
        photoConsent.click();
        browser.findElement(By.id("don:anh")).sendKeys(portrait.toString());
        browser.findElement(By.id("don:gui")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã nhận đơn của bạn"));

        browser.get(Mails.link(Mails.await(smtp, "ngoc.trinh@example.org", "Xác nhận e-mail"), ClubIT.VERIFY));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "đã được xác nhận"));

        browser.get(Http.BASE + "/bien-tap/cau-lac-bo.xhtml");
        Browsers.signIn(browser, wait, "bt-clb-tt", "mat-khau-bt-clb-tt");
        browser.findElement(By.xpath("//section[@aria-label='Đơn của Trịnh Bảo Ngọc']//input[@value='Kết nạp']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã kết nạp Trịnh Bảo Ngọc"));
        Browsers.signOut(browser, wait);

        browser.get(Http.BASE + "/cau-lac-bo/hoi-vien");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trinh-bao-ngoc")));
        assertTrue(card.getText().contains("Đài Phát thanh và Truyền hình Cần Thơ"));
        assertFalse(card.getText().contains("3821"), "the phone was not consented to");
        String photo = card.findElement(By.tagName("img")).getAttribute("src");
        assertTrue(photo.contains("/media/chan-dung-"), photo);
        assertEquals(200, Http.get(photo.substring(photo.indexOf("/media/"))).statusCode());

        // the member sets a password through the welcome mail, then hides their outlet
        browser.get(Mails.link(Mails.await(smtp, "ngoc.trinh@example.org", "Chào mừng"), WELCOME));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dat-lai:moi"))).sendKeys("mat-khau-ngoc-2026");
        browser.findElement(By.id("dat-lai:nhap-lai")).sendKeys("mat-khau-ngoc-2026");
        browser.findElement(By.id("dat-lai:luu")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã đặt mật khẩu mới"));
        browser.get(Http.BASE + "/tai-khoan/hoi-vien.xhtml");
        Browsers.signIn(browser, wait, "ngoc.trinh", "mat-khau-ngoc-2026");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hieu-luc"), "Còn hiệu lực"));
        browser.findElement(By.cssSelector("input[name='ho-so:cong-khai'][value='outlet']")).click();
        browser.findElement(By.id("ho-so:luu")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã lưu hồ sơ"));
        assertFalse(Http.get("/hoi-vien/trinh-bao-ngoc").body().contains("Truyền hình Cần Thơ"), "consent withdrawn at once");

        // a story from the member goes through the editors and is credited to their directory entry
        String id = Json.object(Api.call("POST", "/articles", "ngoc.trinh", "mat-khau-ngoc-2026",
                Api.articleJson("Mùa nước nổi, trẻ em Cần Thơ học bơi")).body()).getString("id");
        assertEquals(200, Api.call("POST", "/articles/" + id + "/submit", "ngoc.trinh", "mat-khau-ngoc-2026", null).statusCode());
        java.net.http.HttpResponse<String> published = Api.call("POST", "/articles/" + id + "/publish", "bt-clb-tt",
                "mat-khau-bt-clb-tt", null);
        assertEquals(200, published.statusCode(), published.body());
        String slug = Json.object(published.body()).getString("slug");
        browser.get(Http.BASE + "/bai-viet/" + slug);
        WebElement credit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".member-credit a")));
        assertEquals("Trịnh Bảo Ngọc", credit.getText());
        assertTrue(credit.getAttribute("href").endsWith("/hoi-vien/trinh-bao-ngoc"));
    }
}
