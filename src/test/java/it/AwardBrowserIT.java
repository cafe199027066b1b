package it;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An award in the browser, from a nomination to the announcement: the nomination form, the guardian's consent, the
 * editors' review and shortlist, a council member's scores, the laureate chosen with a citation, and the
 * announcement page that opens at its time.
 */
class AwardBrowserIT {

    private static final Pattern CONSENT = Pattern.compile("(http://\\S+/phu-huynh/dong-y\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static final String PW = AwardsIT.PW;
    private static GreenMail smtp;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-gt-tt", PW, "editor");
        Api.ensureAccount("hd-gt1", PW, "jury");
        Api.ensureAccount("hd-gt2", PW, "jury");
        Api.ensureAccount("nd-gt-tt", PW);
        browser = Browsers.chromium(1280, 1600);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        browser.quit();
        smtp.stop();
    }

    private void see(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    @Test
    void fromNominationToAnnouncement() throws Exception {
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String name = "Giải trình duyệt " + System.nanoTime() % 1_000_000;
        String created = Api.call("POST", "/awards", "bt-gt-tt", PW,
                ContestsIT.json(AwardsIT.definition(name, year, -3600, 3600, 7200, true))).body();
        String slug = Json.object(created).getString("slug");

        // a teacher nominates a pupil from the programme's page
        browser.get(Http.BASE + "/giai-thuong/" + slug);
        browser.findElement(By.id("de-cu")).click();
        Browsers.signIn(browser, wait, "nd-gt-tt", PW);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("de-cu:quan-he"))).sendKeys("Thầy chủ nhiệm");
        new Select(browser.findElement(By.id("de-cu:hang-muc"))).selectByValue("6-10");
        browser.findElement(By.id("de-cu:ten")).sendKeys("Vũ Khánh Linh");
        browser.findElement(By.id("de-cu:ten-goi")).sendKeys("Khánh Linh");
        browser.findElement(By.id("de-cu:nam-sinh")).sendKeys(String.valueOf(year - 8));
        browser.findElement(By.id("de-cu:phu-huynh")).sendKeys("me.khanh.linh@example.org");
        new Select(browser.findElement(By.id("de-cu:tinh"))).selectByVisibleText("Hưng Yên");
        browser.findElement(By.id("de-cu:thanh-tich")).sendKeys("Ngắn quá");
        browser.findElement(By.id("de-cu:gui")).click();
        see("ít nhất 50 ký tự");
        browser.findElement(By.id("de-cu:thanh-tich")).sendKeys(" — em Khánh Linh nhặt rác ven đê cùng các bạn mỗi sáng Chủ nhật và lập tủ sách ở nhà văn hóa thôn.");
        browser.findElement(By.id("de-cu:gui")).click();
        see("Đã nhận đề cử");
        String code = browser.findElement(By.id("ma-de-cu")).getText();
        browser.get(Http.BASE + "/du-thi/bai-cua-toi.xhtml");
        see("Đang chờ cha mẹ của em đồng ý");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(code), "nominators follow their nominations");
        browser.manage().deleteAllCookies();

        // the mother consents
        browser.get(Mails.link(Mails.await(smtp, "me.khanh.linh@example.org", "Xin ý kiến phụ huynh"), CONSENT));
        see("Chúng tôi lưu những gì");
        browser.findElement(By.id("y-kien:ho-ten")).sendKeys("Đỗ Thị Hạnh");
        browser.findElement(By.id("y-kien:dong-y")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tinh-trang"), "Phụ huynh đã đồng ý"));

        // the editors find it eligible and shortlist it
        browser.get(Http.BASE + "/bien-tap/de-cu.xhtml?slug=" + slug);
        Browsers.signIn(browser, wait, "bt-gt-tt", PW);
        see(code);
        browser.findElement(By.cssSelector("input[title='Lý do (gửi cho người đề cử)']")).sendKeys("Đúng độ tuổi, thành tích rõ ràng");
        browser.findElement(By.cssSelector("input[value='Đủ điều kiện']")).click();
        see("Đã ghi kết quả xét");
        browser.findElement(By.cssSelector("input[title='Chọn đề cử " + code + "']")).click();
        browser.findElement(By.id("de-cu:rut-gon")).click();
        see("Đã đưa vào danh sách rút gọn");
        Browsers.signOut(browser, wait);

        // a council member scores it
        browser.get(Http.BASE + "/giam-khao/hoi-dong.xhtml");
        Browsers.signIn(browser, wait, "hd-gt1", PW);
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name + " năm " + year))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
        see("nhặt rác ven đê");
        for (var select : browser.findElements(By.cssSelector("select[id$='diem-tieu-chi']"))) {
            new Select(select).selectByVisibleText("9");
        }
        browser.findElement(By.id("diem:luu")).click();
        see("Đã lưu điểm đề cử " + code);
        Browsers.signOut(browser, wait);

        // the editors choose the laureate with a citation; nothing is public before the announcement
        browser.get(Http.BASE + "/bien-tap/de-cu.xhtml?slug=" + slug);
        Browsers.signIn(browser, wait, "bt-gt-tt", PW);
        see("90");
        browser.findElement(By.cssSelector("textarea[title='Lời vinh danh cho " + code + "']")).sendKeys("Cô bé giữ sạch con đê quê mình.");
        browser.findElement(By.cssSelector("input[title='Chọn đề cử " + code + "']")).click();
        browser.findElement(By.id("de-cu:vinh-danh")).click();
        see("Đã chọn người được vinh danh");
        Browsers.signOut(browser, wait);
        assertEquals(404, Http.get("/giai-thuong/" + slug + "/" + year).statusCode());

        // the announcement time comes
        assertEquals(200, Api.call("PUT", "/awards/" + slug, "bt-gt-tt", PW,
                ContestsIT.json(AwardsIT.definition(name, year, -3600, -10, 2, true))).statusCode());
        long deadline = System.currentTimeMillis() + 15_000;
        while (Http.get("/giai-thuong/" + slug + "/" + year).statusCode() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        // the browser may keep the page it saw before the announcement for a minute: ask for a fresh copy
        browser.get(Http.BASE + "/giai-thuong/" + slug + "?lam-moi=1");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Năm " + year))).click();
        see("Khánh Linh V.");
        String main = browser.findElement(By.tagName("main")).getText();
        assertTrue(main.contains("Cô bé giữ sạch con đê quê mình.") && main.contains("Hưng Yên"), main);
        assertFalse(main.contains("Vũ Khánh Linh"), "a child is shown by given name and initial");
    }
}
