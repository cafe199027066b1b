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

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A contest in the browser, from a child's entry to the results: an account opened by e-mail, the entry form, the
 * guardian's consent page, a judge's blind scoring, the editors' shortlist, a reader's vote solved by the page's
 * own proof of work and confirmed by mail, and the results page.
 */
class ContestBrowserIT {

    private static final Pattern ACTIVATE = Pattern.compile("(http://\\S+/tai-khoan/dat-lai-mat-khau\\.xhtml\\?ma=[A-Za-z0-9_-]+(?:&tiep=\\S+)?)");
    private static final Pattern CONSENT = Pattern.compile("(http://\\S+/phu-huynh/dong-y\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static final Pattern VOTE = Pattern.compile("(http://\\S+/du-thi/xac-nhan-binh-chon\\.xhtml\\?ma=[A-Za-z0-9_-]+)");
    private static final String PW = ContestsIT.PW;
    private static GreenMail smtp;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        smtp = Mails.start();
        Api.ensureAccount("bt-ct-tt", PW, "editor");
        Api.ensureAccount("gk-ct-tt", PW, "jury");
        browser = Browsers.chromium(1280, 1400);
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

    /** A contest taking entries for the next hour, not yet published; its slug. */
    private static String newContest(String prefix) {
        String edition = prefix + System.nanoTime() % 1_000_000;
        assertEquals(201, Api.call("POST", "/contests", "bt-ct-tt", PW,
                ContestsIT.json(ContestsIT.definition(edition, -3600, 3600, 7200, 7300, 7400, 7500))).statusCode());
        return "ngoi-nha-mo-uoc-" + edition;
    }

    /** The entry form of the test contest, as a parent fills it in for a child of the 6–11 category. */
    private void fillEntry(String family, String given, int born, String guardian, String title, String idea) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:ho"))).sendKeys(family);
        browser.findElement(By.id("bai:ten")).sendKeys(given);
        browser.findElement(By.id("bai:nam-sinh")).sendKeys(String.valueOf(born));
        new Select(browser.findElement(By.id("bai:tinh"))).selectByVisibleText("Huế");
        browser.findElement(By.id("bai:phu-huynh")).sendKeys(guardian);
        new Select(browser.findElement(By.id("bai:hang-muc"))).selectByValue("nho");
        browser.findElement(By.cssSelector("input[id$=':o']")).sendKeys(title);
        browser.findElement(By.cssSelector("textarea[id$=':o-dai']")).sendKeys(idea);
    }

    @Test
    void aMotherAlreadyKnownConsentsOnTheSpotFromHerPhone() throws Exception {
        String slug = newContest("tc-");
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/publish", "bt-ct-tt", PW, null).statusCode());
        Api.ensureAccount("ts-an-tc", PW);
        Api.ensureAccount("me.an.tc", PW);
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        // her elder son's entry asked her by mail and she answered: her mailbox is a guardian's
        var first = ContestsIT.entry("nho", "Hồ", "Bình An", year - 10, "me.an.tc@example.org", "Nhà sàn")
                .file("file", "a.png", ContestsIT.png()).as("ts-an-tc", PW).post("/contests/" + slug + "/entries");
        assertEquals(201, first.statusCode(), first.body());
        String token = Mails.link(Mails.await(smtp, "me.an.tc@example.org", "Xin ý kiến phụ huynh"), ContestsIT.CONSENT);
        assertEquals(200, Api.call("POST", "/consents/" + token, null, null,
                "{\"decision\":\"consent\",\"guardianName\":\"Hồ Thị Thu\"}").statusCode());

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(Http.BASE + "/du-thi/gui-bai.xhtml?cuoc-thi=" + slug);
            Browsers.signIn(browser, wait, "me.an.tc@example.org", PW);
            fillEntry("Hồ", "Bảo Ngọc", year - 7, "me.an.tc@example.org", "Nhà hoa hướng dương", "Nhà có vườn hoa.");
            assertTrue(browser.findElement(By.id("phu-huynh-goi-y")).getText().contains("me.an.tc@example.org"),
                    "the form tells her she may give her own address");
            Browsers.clickInView(browser, browser.findElement(By.id("bai:gui")));
            see("Đã nhận bài dự thi");
            Browsers.clickInView(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("dong-y-ngay"))));
            see("Nhà hoa hướng dương");
            browser.findElement(By.id("y-kien:ho-ten")).sendKeys("Hồ Thị Thu");
            Browsers.clickInView(browser, browser.findElement(By.id("y-kien:dong-y")));
            wait.until(ExpectedConditions.textToBe(By.id("tinh-trang"), "Phụ huynh đã đồng ý"));
            assertTrue(browser.findElement(By.id("da-dong-y")).getText().contains("rút lại bất cứ lúc nào ở trang này"));
            browser.findElement(By.linkText("Về trang bài dự thi và đề cử của tôi")).click();
            see("Nhà hoa hướng dương");
            assertTrue(browser.findElements(By.id("dong-y-ngay")).isEmpty(), "answered: nothing left to answer");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        }
        browser.get(Http.BASE + "/tai-khoan/dang-xuat.xhtml");
        Browsers.signOut(browser, wait);
    }

    @Test
    void aChildsDrawingFromEntryToResults() throws Exception {
        String slug = newContest("tt-");
        String edition = slug.substring("ngoi-nha-mo-uoc-".length());

        // the editor publishes it from the desk
        browser.get(Http.BASE + "/bien-tap/cuoc-thi-sua.xhtml?slug=" + slug);
        Browsers.signIn(browser, wait, "bt-ct-tt", PW);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sua:cong-bo"))).click();
        see("Đã công bố cuộc thi");
        assertEquals(1, browser.findElements(By.cssSelector(".messages")).size(), "the desk says it once, not twice");
        Browsers.signOut(browser, wait);

        // a parent starts from the contest page, opens an account by e-mail on the way, and lands on the entry form
        browser.get(Http.BASE + "/cuoc-thi/" + slug);
        assertEquals("Đang nhận bài", browser.findElement(By.id("giai-doan")).getText());
        browser.findElement(By.id("gui-bai")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tao-tai-khoan"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dang-ky:ten"))).sendKeys("Mẹ bé Hà");
        browser.findElement(By.id("dang-ky:email")).sendKeys("me.be.ha@example.org");
        browser.findElement(By.id("dang-ky:tao")).click();
        see("Chúng tôi vừa gửi thư tới");
        browser.get(Mails.link(Mails.await(smtp, "me.be.ha@example.org", "Kích hoạt tài khoản"), ACTIVATE));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dat-lai:moi"))).sendKeys("mat-khau-be-ha-2026");
        browser.findElement(By.id("dat-lai:nhap-lai")).sendKeys("mat-khau-be-ha-2026");
        browser.findElement(By.id("dat-lai:luu")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:ho")));
        assertTrue(browser.getCurrentUrl().contains("/du-thi/gui-bai.xhtml?cuoc-thi=" + slug), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".account-menu")).getText().contains("Mẹ bé Hà"), "signed in, and it shows");

        // signing out from the public header, then in again by e-mail, not the username the portal made
        browser.findElement(By.linkText("Đăng xuất")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("dang-xuat:nut-dang-xuat"))).click();
        wait.until(ExpectedConditions.urlToBe(Http.BASE + "/"));
        assertTrue(browser.findElement(By.cssSelector(".account-menu")).getText().contains("Đăng nhập"));
        browser.get(Http.BASE + "/cuoc-thi/" + slug);
        browser.findElement(By.id("gui-bai")).click();
        Browsers.signIn(browser, wait, "me.be.ha@example.org", "mat-khau-be-ha-2026");
        Path drawing = Files.createTempFile("tranh", ".png");
        ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", drawing.toFile());
        int year = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        // the account's own mailbox cannot stand for the guardian: a child could consent for themselves
        fillEntry("Phạm", "Thu Hà", year - 8, "Me.Be.Ha+con@example.org", "Tạm", "Tạm");
        browser.findElement(By.id("bai:gui")).click();
        see("phải khác địa chỉ của tài khoản đang gửi");
        // the refused input is marked and the summary links to it; the reason is read with the field
        var guardianInput = browser.findElement(By.id("bai:phu-huynh"));
        assertEquals("true", guardianInput.getAttribute("aria-invalid"));
        assertTrue(guardianInput.getAttribute("aria-describedby").startsWith("loi-bai:phu-huynh"), guardianInput.getAttribute("aria-describedby"));
        assertTrue(browser.findElement(By.id("loi-bai:phu-huynh")).getText().contains("phải khác địa chỉ"));
        browser.findElement(By.cssSelector("#loi a[href='#bai:phu-huynh']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#bai:phu-huynh"), browser.getCurrentUrl());
        assertEquals(null, browser.findElement(By.id("bai:ho")).getAttribute("aria-invalid"), "only what is wrong is marked");
        assertEquals(List.of(), Axe.seriousViolations(browser), "a form with errors is still accessible");
        browser.findElement(By.cssSelector("input[id$=':o']")).clear();
        browser.findElement(By.cssSelector("textarea[id$=':o-dai']")).clear();
        browser.findElement(By.id("bai:phu-huynh")).clear();
        browser.findElement(By.id("bai:phu-huynh")).sendKeys("bo.be.ha@example.org");
        browser.findElement(By.id("bai:gui")).click();
        see("Hãy điền “Tên tác phẩm”");
        var titleInput = browser.findElement(By.cssSelector("input[id$=':o']"));
        assertEquals("true", titleInput.getAttribute("aria-invalid"), "the contest's own field is marked too");
        assertTrue(browser.findElements(By.cssSelector("#loi a[href='#" + titleInput.getAttribute("id") + "']")).size() == 1);
        assertEquals(null, browser.findElement(By.id("bai:phu-huynh")).getAttribute("aria-invalid"), "fixed: no longer marked");
        assertEquals("phu-huynh-goi-y", browser.findElement(By.id("bai:phu-huynh")).getAttribute("aria-describedby"),
                "and its own description is back");
        assertEquals("Phạm", browser.findElement(By.id("bai:ho")).getAttribute("value"), "what was typed stays");
        browser.findElement(By.cssSelector("input[id$=':o']")).sendKeys("Ngôi nhà trên cây phượng");
        browser.findElement(By.cssSelector("textarea[id$=':o-dai']")).sendKeys("Nhà có cầu trượt xuống sân trường.");
        browser.findElement(By.id("bai:tep")).sendKeys(drawing.toString());
        browser.findElement(By.id("bai:gui")).click();
        see("Đã nhận bài dự thi");
        String code = browser.findElement(By.id("ma-bai")).getText();
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Bài được giữ lại"));
        browser.get(Http.BASE + "/du-thi/bai-cua-toi.xhtml");
        see("Đang chờ cha mẹ đồng ý");
        browser.manage().deleteAllCookies();

        // the guardian reads what is kept and shown, and consents
        browser.get(Mails.link(Mails.await(smtp, "bo.be.ha@example.org", "Xin ý kiến phụ huynh"), CONSENT));
        // on the parent's phone: the child's work to read first, boxes beside their words, two answers apart
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        see("Chúng tôi lưu những gì");
        assertTrue(browser.findElement(By.id("xem-bai")).isDisplayed(), "a preview of what the child sent");
        see("Ngôi nhà trên cây phượng");
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("du-thi-2026"), "no version codes for parents");
        var box = browser.findElement(By.id("y-kien:ho-ten-day-du"));
        var label = browser.findElement(By.cssSelector("label[for='y-kien:ho-ten-day-du']"));
        assertTrue(Math.abs(box.getLocation().getY() - label.getLocation().getY()) < 12, "the box and its words on one line");
        var agree = browser.findElement(By.id("y-kien:dong-y"));
        var decline = browser.findElement(By.id("y-kien:tu-choi"));
        assertFalse(agree.getCssValue("background-color").equals(decline.getCssValue("background-color")), "two answers that look different");
        org.openqa.selenium.Rectangle a = agree.getRect();
        org.openqa.selenium.Rectangle d = decline.getRect();
        boolean apart = d.getX() >= a.getX() + a.getWidth() + 12 || d.getY() >= a.getY() + a.getHeight() + 12;
        assertTrue(apart, "the buttons do not touch: " + a + " " + d);
        browser.findElement(By.id("y-kien:ho-ten")).sendKeys("Lê Thị Hồng");
        agree.click();
        wait.until(ExpectedConditions.textToBe(By.id("tinh-trang"), "Phụ huynh đã đồng ý"));
        assertTrue(browser.findElement(By.id("da-dong-y")).getText().contains("đã ghi nhận sự đồng ý"), "a confirmation");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));

        // screening and closing by the API; a judge scores without seeing who drew it
        String id = ContestsIT.idOf(slug, code, "bt-ct-tt");
        assertEquals(200, Api.call("POST", "/contests/" + slug + "/entries/" + id + "/screening", "bt-ct-tt", PW,
                "{\"eligible\":true}").statusCode());
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-ct-tt", PW,
                ContestsIT.json(ContestsIT.definition(edition, -3600, -60, 7200, 7300, 7400, 7500))).statusCode());
        browser.get(Http.BASE + "/tai-khoan/dang-nhap.xhtml");
        Browsers.signIn(browser, wait, "gk-ct-tt", PW);
        assertTrue(browser.getCurrentUrl().contains("/giam-khao/index.xhtml"), browser.getCurrentUrl());
        browser.findElement(By.linkText("Ngôi nhà mơ ước " + edition)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
        see("Ngôi nhà trên cây phượng");
        String judgePage = browser.getPageSource();
        assertFalse(judgePage.contains("Phạm") || judgePage.contains("Thu Hà") || judgePage.contains("Huế"), "blind");
        for (var select : browser.findElements(By.cssSelector("select[id$='diem-tieu-chi']"))) {
            new Select(select).selectByVisibleText("8");
        }
        browser.findElement(By.id("diem:luu")).click();
        see("Đã lưu điểm bài " + code);
        Browsers.signOut(browser, wait);

        // the editors shortlist it, which opens the gallery
        browser.get(Http.BASE + "/bien-tap/cuoc-thi-bai.xhtml?slug=" + slug);
        Browsers.signIn(browser, wait, "bt-ct-tt", PW);
        see("80.0");
        browser.findElement(By.cssSelector("input[type=checkbox][title='Chọn bài " + code + " vào vòng sau']")).click();
        browser.findElement(By.id("bai:vong-sau")).click();
        see("hiện trong danh sách bình chọn");
        assertEquals("2", browser.findElement(By.id("vong")).getText());
        Browsers.signOut(browser, wait);
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-ct-tt", PW,
                ContestsIT.json(ContestsIT.definition(edition, -3600, -60, -50, -40, 600, 700))).statusCode());

        // a reader votes: the page solves the challenge, the vote counts once the mailed link is confirmed
        browser.get(Http.BASE + "/cuoc-thi/" + slug + "/binh-chon");
        see("Thu Hà P.");
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("Phạm"));
        browser.findElement(By.linkText("Bình chọn cho bài này")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("binh-chon:email"))).sendKeys("ban.doc.tt@example.org");
        browser.findElement(By.id("binh-chon:gui")).click();
        see("Gần xong!");
        browser.get(Mails.link(Mails.await(smtp, "ban.doc.tt@example.org", "Xác nhận bình chọn"), VOTE));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("xac-nhan:xac-nhan-nut"))).click();
        see("đã được tính");

        // voting closes; the editors publish the results, which appear at their time
        assertEquals(200, Api.call("PUT", "/contests/" + slug, "bt-ct-tt", PW,
                ContestsIT.json(ContestsIT.definition(edition, -3600, -60, -50, -40, -5, 3))).statusCode());
        browser.get(Http.BASE + "/bien-tap/cuoc-thi-bai.xhtml?slug=" + slug);
        Browsers.signIn(browser, wait, "bt-ct-tt", PW);
        browser.findElement(By.id("ket-qua:cong-bo")).click();
        see("Đã công bố kết quả");
        Browsers.signOut(browser, wait);
        Thread.sleep(3500);
        browser.get(Http.BASE + "/cuoc-thi/" + slug + "/ket-qua");
        see("Giải Nhất");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Thu Hà P. (Huế)"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("1 phiếu bình chọn"));
        browser.get(Http.BASE + "/cuoc-thi");
        see("Ngôi nhà mơ ước");

        // next year: the editors start the next edition from this one
        browser.get(Http.BASE + "/bien-tap/cuoc-thi.xhtml");
        Browsers.signIn(browser, wait, "bt-ct-tt", PW);
        browser.findElement(By.xpath("//tr[td/a[text()='Ngôi nhà mơ ước " + edition + "']]//input[@value='Tạo kỳ tiếp theo']")).click();
        see("Đã chép kỳ trước");
        String copied = browser.findElement(By.id("tao:dinh-nghia")).getAttribute("value");
        assertTrue(copied.contains("edition: " + edition + " (kỳ mới)") || copied.contains("edition: '" + edition + " (kỳ mới)'"), copied);
        assertFalse(copied.contains("prize:"), "no results are carried over");
        browser.findElement(By.id("tao:tao-nut")).click();
        see("Đã tạo cuộc thi (bản nháp)");
        assertTrue(browser.getCurrentUrl().contains("slug=" + slug + "-ky-moi"), browser.getCurrentUrl());
    }
}
