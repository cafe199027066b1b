package vn.quyentreem.portal.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.articles.control.ArticleFile;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.markdown.MarkdownRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The sample content shipped in content/ imports cleanly: nothing there is silently skipped at start-up. */
class SampleContentTest {

    private static final Path CONTENT = Path.of(System.getProperty("user.dir"), "content");
    private static final Instant NOW = Instant.parse("2026-05-01T03:00:00Z");

    /** File name → its front matter and article, in file-name order. */
    private static final Map<String, FrontMatterFile> FILES = new LinkedHashMap<>();
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void readAll() throws IOException {
        Path dir = CONTENT.resolve("articles");
        assertTrue(Files.isDirectory(dir), "no sample content at " + dir);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString();
                try {
                    FrontMatterFile source = FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8));
                    FILES.put(name, source);
                    ARTICLES.put(name, ArticleFile.toArticle(source, NOW));
                } catch (FrontMatterFile.Malformed | RuntimeException e) {
                    problems.add(name + ": " + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            fail("sample files that would be skipped on import:\n" + String.join("\n", problems));
        }
    }

    @Test
    void thereAreAtLeastFifteenArticles() {
        assertTrue(ARTICLES.size() >= 15, "only " + ARTICLES.size() + " sample articles");
    }

    @Test
    void allSevenSectionsAreCovered() {
        Set<Section> covered = EnumSet.noneOf(Section.class);
        ARTICLES.values().forEach(a -> covered.add(a.getSectionInfo()));
        Set<Section> missing = EnumSet.allOf(Section.class);
        missing.removeAll(covered);
        assertEquals(7, Section.values().length);
        assertTrue(missing.isEmpty(), "sections without a sample article: " + missing);
    }

    @Test
    void slugsAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Article article : ARTICLES.values()) {
            assertTrue(seen.add(article.getSlug()), "slug used twice: " + article.getSlug());
        }
    }

    @Test
    void eachFileIsNamedAfterItsSlug() {
        ARTICLES.forEach((name, article) -> assertEquals(article.getSlug() + ".md", name));
    }

    @Test
    void everyArticleIsPublishedWithSummaryAndDate() {
        FILES.forEach((name, source) -> {
            assertNotNull(source.text("summary"), name + ": no summary");
            assertFalse(source.text("summary").isBlank(), name + ": blank summary");
            assertNotNull(source.meta().get("publishedAt"), name + ": no publishedAt");
            assertTrue(ARTICLES.get(name).isPublished(), name + " is not published");
            assertFalse(ARTICLES.get(name).getBody().isBlank(), name + ": empty body");
        });
    }

    @Test
    void everyCoverExistsInMediaAndHasAltText() {
        int covers = 0;
        for (Map.Entry<String, FrontMatterFile> entry : FILES.entrySet()) {
            String cover = entry.getValue().text("cover");
            if (cover == null) {
                continue;
            }
            covers++;
            Path image = CONTENT.resolve("media").resolve(cover);
            assertTrue(Files.isRegularFile(image), entry.getKey() + ": cover " + cover + " is not in content/media");
            String alt = entry.getValue().text("coverAlt");
            assertTrue(alt != null && !alt.isBlank(), entry.getKey() + ": cover " + cover + " has no coverAlt");
        }
        assertTrue(covers > 0, "no sample article has a cover, so this test checks nothing");
    }

    @Test
    void coverAltNeverComesWithoutACover() {
        FILES.forEach((name, source) -> {
            if (source.text("coverAlt") != null) {
                assertNotNull(source.text("cover"), name + ": coverAlt without cover");
            }
        });
    }

    @Test
    void bodiesHoldNoRawHtml() {
        // raw HTML is escaped when rendered, so readers would see it as literal tags
        MarkdownRenderer renderer = new MarkdownRenderer();
        ARTICLES.forEach((name, article) -> {
            String html = renderer.toHtml(article.getBody());
            assertFalse(html.contains("&lt;"), name + " has raw HTML in its Markdown");
        });
    }
}
