package it;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor plans a one-seat training; two readers register; the first gives the seat up and the second gets it. */
class ClubEventBrowserIT {

    private static final Pattern CANCEL = Pattern.compile("(http://\\S+/cau-lac-bo/huy-dang-ky\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static GreenMail smtp;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-su-kien", "mat-khau-bt-su-kien", "editor");
        browser = Browsers.chromium(1280, 1400);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        browser.quit();
        smtp.stop();
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void registerAs(String slug, String name, String email, String expected) {
        browser.get(Http.BASE + "/su-kien/" + slug);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("dang-ky"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dang-ky:ho-ten"))).sendKeys(name);
        browser.findElement(By.id("dang-ky:email")).sendKeys(email);
        browser.findElement(By.id("dang-ky:gui")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ket-qua"), expected));
    }

    @Test
    void aFreedSeatGoesToTheFirstWaiting() throws Exception {
        browser.get(Http.BASE + "/bien-tap/tap-huan.xhtml");
        Browsers.signIn(browser, wait, "bt-su-kien", "mat-khau-bt-su-kien");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("su-kien:ten")));
        type("su-kien:ten", "Lớp kỹ năng chụp ảnh trẻ em an toàn");
        type("su-kien:dia-diem", "Phòng họp tầng 3, Hà Nội");
        type("su-kien:bat-dau", "20/02/2027");
        type("su-kien:ket-thuc", "20/02/2027");
        type("su-kien:han", "31/02/2027");
        type("su-kien:so-cho", "1");
        browser.findElement(By.id("su-kien:luu")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "\"31/02/2027 17:00\" không đúng dạng"));
        type("su-kien:han", "18/02/2027");
        browser.findElement(By.id("su-kien:luu")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã lưu"));
        browser.findElement(By.id("su-kien:dang")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trang-thai"), "Đã đăng"));
        String slug = "lop-ky-nang-chup-anh-tre-em-an-toan";
        Browsers.signOut(browser, wait);

        registerAs(slug, "Vân Anh", "van.anh@example.org", "Bạn đã có chỗ");
        registerAs(slug, "Quốc Bảo", "quoc.bao@example.org", "thứ 1 trong danh sách chờ");

        browser.get(Mails.link(Mails.await(smtp, "van.anh@example.org", "Đã giữ chỗ"), CANCEL));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("huy:xac-nhan"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("da-huy")));
        assertTrue(Mails.body(Mails.await(smtp, "quoc.bao@example.org", "Bạn đã có chỗ")).contains("Lớp kỹ năng chụp ảnh"));

        browser.get(Http.BASE + "/su-kien/" + slug);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("so-cho"), "1 chỗ, còn 0"));
    }
}
