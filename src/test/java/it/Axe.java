package it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.chrome.ChromeDriver;

import java.util.List;

/**
 * axe-core, through Deque's own Selenium binding (which carries axe.min.js), run on the page the browser shows
 * against WCAG 2.1 A and AA. One way for every browser test that checks accessibility.
 */
final class Axe {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    /** The serious and critical violations on the page, one line each: rule, impact, how many nodes and the first. */
    static List<String> seriousViolations(ChromeDriver browser) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing on " + browser.getCurrentUrl());
        }
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Axe::line)
                .toList();
    }

    private static String line(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " × "
                + rule.getNodes().get(0).getTarget() + ")";
    }
}
