package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editorial desk's guards: sign-in required, roles enforced, forged forms refused, uploads checked. */
class DeskSecurityIT {

    static final String PASSWORD = "mat-khau-bao-ve-1";
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void setUp() {
        Api.ensureAccount("pv-bao-ve", PASSWORD, "journalist");
        browser = Browsers.chromium(1280, 1400);
        wait = Browsers.waitFor(browser, Duration.ofSeconds(20));
        browser.get(Http.BASE + "/bien-tap/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dang-nhap:ten"))).sendKeys("pv-bao-ve");
        browser.findElement(By.id("dang-nhap:mat-khau")).sendKeys(PASSWORD);
        browser.findElement(By.id("dang-nhap:nut-dang-nhap")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nhap-cua-toi")));
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void strangersAreSentToSignInAndBroughtBack() {
        HttpResponse<String> response = Http.get("/bien-tap/bai-viet.xhtml?id=abc");
        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/tai-khoan/dang-nhap.xhtml?tiep=%2Fbien-tap%2Fbai-viet.xhtml%3Fid%3Dabc"), location);
        assertEquals(302, Http.get("/quan-tri/tai-khoan.xhtml").statusCode());
    }

    @Test
    void journalistsCannotOpenTheAdminPages() {
        browser.get(Http.BASE + "/quan-tri/tai-khoan.xhtml");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Không có quyền"));
    }

    @Test
    void aFormPostedWithoutThisSessionsViewStateChangesNothing() {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        String form = "bai=bai&bai%3Atieu-de=" + URLEncoder.encode("Bài giả mạo", StandardCharsets.UTF_8)
                + "&bai%3Achuyen-muc=tinh-hinh-tre-em&bai%3Anoi-dung-md=x&bai%3Aluu=L%C6%B0u"
                + "&jakarta.faces.ViewState=gia-mao";
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/bien-tap/bai-viet.xhtml"))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/het-han.xhtml"));
        assertTrue(Http.get("/het-han.xhtml").body().contains("Biểu mẫu đã hết hạn"));
        browser.get(Http.BASE + "/bien-tap/index.xhtml");
        assertFalse(browser.getPageSource().contains("Bài giả mạo"), "no article was created");
    }

    @Test
    void aForgedSignInFromAnotherSiteDoesNotSignAnyoneIn() {
        String form = "dang-nhap=dang-nhap&dang-nhap%3Aten=pv-bao-ve&dang-nhap%3Amat-khau=" + PASSWORD
                + "&dang-nhap%3Anut-dang-nhap=x&jakarta.faces.ViewState=gia-mao";
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(Http.BASE + "/tai-khoan/dang-nhap.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/het-han.xhtml"), "refused, not signed in");
    }

    @Test
    void theMediaLibraryTakesRealImagesOnlyAndAlwaysWithADescription() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "uploads");
        Path photo = dir.resolve("anh-le-khai-giang.jpg");
        ImageIO.write(new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Path fake = dir.resolve("khong-phai-anh.jpg");
        Files.writeString(fake, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

        browser.get(Http.BASE + "/bien-tap/thu-vien-anh.xhtml");
        upload(fake, "Ảnh giả");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Chỉ nhận ảnh JPEG, PNG hoặc WebP"));
        upload(photo, "");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "mô tả ảnh"));
        upload(photo, "Học sinh dự lễ khai giảng");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thong-bao"), "Đã tải ảnh lên"));
        assertTrue(browser.findElement(By.cssSelector(".gallery img[alt='Học sinh dự lễ khai giảng']")).isDisplayed());
        HttpResponse<String> image = Http.get("/media/anh-le-khai-giang.jpg");
        assertEquals(200, image.statusCode());
        assertEquals(200, Http.get("/media/anh-le-khai-giang-480w.jpg").statusCode(), "a rendition for phones");
        screenshot("thu-vien-anh");
    }

    @Test
    void theDeskLooksRightForAJournalist() throws Exception {
        browser.get(Http.BASE + "/bien-tap/bai-viet.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bai:tieu-de")));
        assertTrue(browser.findElements(By.id("bai:dang")).isEmpty(), "journalists get no publish button");
        screenshot("bien-tap-bai-moi");
    }

    private static void upload(Path file, String alt) {
        browser.findElement(By.id("tai-len:tep")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("tai-len:mo-ta")).clear();
        browser.findElement(By.id("tai-len:mo-ta")).sendKeys(alt);
        browser.findElement(By.id("tai-len:nut-tai-len")).click();
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
