package it;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** axe-core (test resources, from the npm registry) run on the page the browser shows. */
final class Axe {

    private static String script;

    private Axe() {
    }

    /** The serious and critical violations on the page, one line each: rule, impact and the first nodes. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) {
        browser.executeScript(source());
        Map<String, Object> result = (Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document).then(r => done({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id,
                    impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))}))
                  .catch(e => done({passes: 0, violations: [{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]}));
                """);
        if (((Number) result.get("passes")).intValue() == 0) {
            throw new IllegalStateException("axe-core checked nothing: " + result);
        }
        return ((List<Map<String, Object>>) result.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes"))
                .collect(Collectors.toList());
    }

    private static synchronized String source() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
