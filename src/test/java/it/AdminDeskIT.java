package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin invites a person, gives a role, locks the account; the invitation shows in the outbox. */
class AdminDeskIT {

    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void signInAsAdmin() {
        browser = Browsers.chromium(1280, 1400);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dang-nhap:ten"))).sendKeys("admin");
        browser.findElement(By.id("dang-nhap:mat-khau")).sendKeys(Api.ADMIN_PASSWORD);
        browser.findElement(By.id("dang-nhap:nut-dang-nhap")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tao:ten")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void inviteGiveARoleAndLock() {
        browser.findElement(By.id("tao:ten")).sendKeys("bt-moi-qua-trang");
        browser.findElement(By.id("tao:ho-ten")).sendKeys("Biên tập viên mới");
        browser.findElement(By.id("tao:email")).sendKeys("bt-moi@example.org");
        browser.findElement(By.id("tao:nut-tao")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "gửi thư mời"));
        assertTrue(browser.getPageSource().contains("bt-moi@example.org"));

        // a bad username is refused with a reason, and nothing is created
        browser.findElement(By.id("tao:ten")).sendKeys("Tên Có Dấu");
        browser.findElement(By.id("tao:email")).sendKeys("x@example.org");
        browser.findElement(By.id("tao:nut-tao")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Tên đăng nhập gồm"));

        String row = "//tr[td[1][text()='bt-moi-qua-trang']]";
        browser.findElement(By.xpath(row + "//input[@value='Biên tập viên']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã đổi vai trò"));
        assertTrue(browser.findElement(By.xpath(row + "//input[@value='Biên tập viên']")).getAttribute("class").contains("on"));
        browser.findElement(By.xpath(row + "//input[@value='Khóa']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã khóa"));

        var accounts = Json.array(Api.call("GET", "/accounts", "admin", Api.ADMIN_PASSWORD, null).body());
        var created = accounts.stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("username").equals("bt-moi-qua-trang")).findFirst().orElseThrow();
        assertEquals(false, created.getBoolean("active"));
        assertTrue(created.getJsonArray("roles").toString().contains("editor"));

        browser.get(Http.BASE + "/quan-tri/tim-kiem.xhtml");
        browser.findElement(By.id("dung-lai:nut-dung-lai")).click();
        Browsers.waitFor(browser, Duration.ofSeconds(60)).until(d -> {
            d.navigate().refresh();
            return d.findElement(By.id("tinh-trang")).getText().contains("Đã cập nhật đầy đủ");
        });
        assertTrue(Integer.parseInt(browser.findElement(By.id("so-muc")).getText()) >= 18, "the rebuilt index holds the articles");

        browser.get(Http.BASE + "/quan-tri/hop-thu.xhtml");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("bt-moi@example.org"),
                "the invitation is recorded in the outbox");
    }
}
