package it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the portal e-mails, read from a real SMTP server (GreenMail) that the portal is configured to use. */
class MailIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/tai-khoan/dat-lai-mat-khau\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = Mails.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void invitedPeopleSetTheirOwnPasswordThroughTheMailedLink() throws Exception {
        assertEquals(201, Api.call("POST", "/accounts", "admin", Api.ADMIN_PASSWORD,
                "{\"username\":\"pv-duoc-moi\",\"displayName\":\"Phóng viên được mời\",\"email\":\"duoc-moi@example.org\","
                        + "\"roles\":[\"journalist\"]}").statusCode());
        MimeMessage invitation = awaitMail("duoc-moi@example.org", "Mời tham gia");
        String link = link(invitation);

        ChromeDriver browser = browser();
        try {
            browser.get(link);
            WebDriverWait wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dat-lai:moi"))).sendKeys("mat-khau-moi-2026");
            browser.findElement(By.id("dat-lai:nhap-lai")).sendKeys("mat-khau-moi-2026");
            browser.findElement(By.id("dat-lai:luu")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã đặt mật khẩu mới"));
            browser.get(link);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "không còn dùng được"));
        } finally {
            browser.quit();
        }
        assertEquals(201, Api.call("POST", "/articles", "pv-duoc-moi", "mat-khau-moi-2026",
                Api.articleJson("Bài của người được mời")).statusCode(), "the new password works");
    }

    @Test
    void forgottenPasswordsAreResetByMail() throws Exception {
        Api.ensureAccount("pv-hay-quen", "mat-khau-cu-2026", "journalist");
        ChromeDriver browser = browser();
        try {
            WebDriverWait wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
            browser.get(Http.BASE + "/tai-khoan/quen-mat-khau.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quen:ai"))).sendKeys("pv-hay-quen@example.org");
            browser.findElement(By.id("quen:gui")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "đã gửi một liên kết"));
            String link = link(awaitMail("pv-hay-quen@example.org", "Đặt lại mật khẩu"));
            browser.get(link);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dat-lai:moi"))).sendKeys("ngan");
            browser.findElement(By.id("dat-lai:nhap-lai")).sendKeys("ngan");
            browser.findElement(By.id("dat-lai:luu")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "ít nhất 10 ký tự"));
            browser.findElement(By.id("dat-lai:moi")).sendKeys("mat-khau-moi-hon-2026");
            browser.findElement(By.id("dat-lai:nhap-lai")).sendKeys("mat-khau-moi-hon-2026");
            browser.findElement(By.id("dat-lai:luu")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã đặt mật khẩu mới"));
        } finally {
            browser.quit();
        }
        assertEquals(401, Api.call("POST", "/articles", "pv-hay-quen", "mat-khau-cu-2026", Api.articleJson("x")).statusCode());
        assertEquals(201, Api.call("POST", "/articles", "pv-hay-quen", "mat-khau-moi-hon-2026",
                Api.articleJson("Sau khi đặt lại")).statusCode());
    }

    @Test
    void editorsHearOfSubmissionsAndAuthorsOfTheOutcome() throws Exception {
        Api.ensureAccount("pv-thu-tin", "mat-khau-thu-tin-1", "journalist");
        Api.ensureAccount("bt-thu-tin", "mat-khau-thu-tin-1", "editor");
        String id = Json.object(Api.call("POST", "/articles", "pv-thu-tin", "mat-khau-thu-tin-1",
                Api.articleJson("Bài chờ duyệt có thư báo")).body()).getString("id");
        Api.call("POST", "/articles/" + id + "/submit", "pv-thu-tin", "mat-khau-thu-tin-1", null);
        MimeMessage toEditor = awaitMail("bt-thu-tin@example.org", "Bài mới chờ duyệt");
        assertTrue(Mails.body(toEditor).contains(id), "the mail links to the piece");
        Api.call("POST", "/articles/" + id + "/return", "bt-thu-tin", "mat-khau-thu-tin-1", "{\"comment\":\"Cần ghi nguồn số liệu\"}");
        MimeMessage returned = awaitMail("pv-thu-tin@example.org", "Bài cần sửa thêm");
        assertTrue(Mails.body(returned).contains("ghi ngu"), "the editor's reason is in the mail");
        Api.call("POST", "/articles/" + id + "/submit", "pv-thu-tin", "mat-khau-thu-tin-1", null);
        Api.call("POST", "/articles/" + id + "/publish", "bt-thu-tin", "mat-khau-thu-tin-1", null);
        awaitMail("pv-thu-tin@example.org", "Bài của bạn đã được đăng");
    }

    private static MimeMessage awaitMail(String recipient, String subjectStart) throws Exception {
        return Mails.await(smtp, recipient, subjectStart);
    }

    private static String link(MimeMessage message) {
        return Mails.link(message, LINK);
    }

    private static ChromeDriver browser() {
        return Browsers.chromium(1280, 1200);
    }
}
