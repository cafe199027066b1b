package it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;

/** Debian's Chromium, headless, driven through Debian's chromedriver so that Selenium downloads nothing. */
final class Browsers {

    private Browsers() {
    }

    /**
     * A wait that looks again when Chromium answers about a page that is being replaced (a stale element, or its
     * "node does not belong to the document"): the page is still loading, which is not yet a failure.
     */
    static WebDriverWait waitFor(ChromeDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Fills in the sign-in form the browser was sent to, and waits until it has left it. */
    static void signIn(ChromeDriver browser, WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dang-nhap:ten")));
        browser.findElement(By.id("dang-nhap:ten")).sendKeys(username);
        browser.findElement(By.id("dang-nhap:mat-khau")).sendKeys(password);
        browser.findElement(By.id("dang-nhap:nut-dang-nhap")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("dang-nhap")));
    }

    /** Signs out from a desk page and waits for the home page. */
    static void signOut(ChromeDriver browser, WebDriverWait wait) {
        browser.findElement(By.id("dang-xuat:nut-dang-xuat")).click();
        wait.until(ExpectedConditions.urlToBe(Http.BASE + "/"));
    }

    /**
     * Clicks an element scrolled to the middle of the window first: an editor's action bar stays over the bottom
     * edge, as it should, and would take a click meant for a field it covers.
     */
    static void clickInView(ChromeDriver browser, WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    static ChromeDriver chromium(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
