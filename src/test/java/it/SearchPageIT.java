package it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page as readers use it: every facet leads to exactly the results it counts, also with a filter in
 * force, filters show as chips that remove them; on a phone the results come before the facets and the sections
 * fold into a menu that opens without JavaScript.
 */
class SearchPageIT {

    private static final Pattern FACET = Pattern.compile("<li><a href=\"(/tim-kiem\\?[^\"]+)\"[^>]*>([^<]+)</a> \\((\\d+)\\)</li>");
    private static final Pattern TOTAL = Pattern.compile("<p class=\"lede\" role=\"status\">(\\d+) kết quả");
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() {
        browser = Browsers.chromium(390, 844);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyFacetLeadsToTheResultsItCounts() {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> first = facets("/tim-kiem?q=tre+em");
        assertTrue(first.size() >= 4, first.toString());
        first.forEach((link, count) -> {
            check(wrong, link, count);
            // and one level further: the facets offered once a filter is in force
            facets(link).forEach((deeper, n) -> check(wrong, deeper, n));
        });
        assertEquals(List.of(), wrong, "facets whose count is not what their link shows");
    }

    @Test
    void aFilterInForceIsAChipThatRemovesIt() {
        String page = Http.get("/tim-kiem?q=tre+em&loai=document").body();
        Matcher chip = Pattern.compile("<ul class=\"filter-chips\"[^>]*>\\s*<li><a href=\"([^\"]+)\"[^>]*>Loại: Tài liệu tập huấn").matcher(page);
        assertTrue(chip.find(), page);
        assertEquals("/tim-kiem?q=tre+em", chip.group(1).replace("&amp;", "&"));
        String nothing = Http.get("/tim-kiem?q=xyzzyqwerty").body();
        assertFalse(nothing.contains("class=\"facets\""), "no empty facet column beside no results");
    }

    @Test
    void onAPhoneResultsComeFirstAndTheMenuFolds() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(Http.BASE + "/tim-kiem?q=tre+em");
        WebElement firstHit = browser.findElement(By.cssSelector(".hit-list li"));
        WebElement facets = browser.findElement(By.cssSelector("aside.facets"));
        assertTrue(firstHit.getLocation().getY() < facets.getLocation().getY(), "results before the facets on a phone");
        assertTrue(firstHit.getLocation().getY() < 700, "the first result is on the first screen: " + firstHit.getLocation());
        WebElement menu = browser.findElement(By.cssSelector(".site-menu > summary"));
        assertTrue(menu.isDisplayed());
        WebElement library = browser.findElement(By.cssSelector(".site-menu a[href='/thu-vien']"));
        assertFalse(library.isDisplayed(), "the sections are folded");
        menu.click();
        assertTrue(library.isDisplayed(), "and unfold on a tap");
        library.click();
        assertTrue(browser.getCurrentUrl().endsWith("/thu-vien"));

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(Http.BASE + "/tim-kiem?q=tre+em");
        assertFalse(browser.findElement(By.cssSelector(".site-menu > summary")).isDisplayed(), "no menu button on a wide screen");
        assertTrue(browser.findElement(By.cssSelector(".site-row a[href='/thu-vien']")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("aside.facets")).getLocation().getX()
                < browser.findElement(By.cssSelector(".hit-list li")).getLocation().getX(), "facets beside, to the left");
    }

    private static void check(List<String> wrong, String link, int count) {
        String page = Http.get(link).body();
        Matcher total = TOTAL.matcher(page);
        int shown = total.find() ? Integer.parseInt(total.group(1)) : -1;
        if (shown != count || count == 0) {
            wrong.add(link + " counts " + count + ", shows " + shown);
        }
    }

    /** The facet links of a search page and their counts; the active ones (which remove a filter) left out. */
    private static Map<String, Integer> facets(String path) {
        String page = Http.get(path).body();
        Map<String, Integer> links = new LinkedHashMap<>();
        Matcher m = FACET.matcher(page);
        while (m.find()) {
            if (!m.group(0).contains("class=\"active\"")) {
                links.put(m.group(1).replace("&amp;", "&"), Integer.parseInt(m.group(3)));
            }
        }
        return links;
    }
}
