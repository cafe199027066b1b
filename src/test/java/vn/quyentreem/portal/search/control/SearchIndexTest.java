package vn.quyentreem.portal.search.control;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.control.ArticleFile;
import vn.quyentreem.portal.content.FrontMatterFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index over the project's sample articles, built in memory: Vietnamese matching, ranking and relevance. */
class SearchIndexTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexSampleContent() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("user.dir"), "content", "articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Article a = ArticleFile.toArticle(FrontMatterFile.parse(Files.readString(file, StandardCharsets.UTF_8)),
                        Instant.now());
                a.setId(a.getSlug());
                index.upsert(ArticleSearchDocuments.of(a));
            }
        }
        index.commit(1);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void relevanceOverTheSampleContent() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/search/relevance.tsv"), StandardCharsets.UTF_8);
        double sum = 0;
        int queries = 0;
        int unaccented = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t");
            List<String> ids = ids(cells[0], 10);
            int rank = ids.indexOf(cells[1]) + 1;
            sum += rank == 0 ? 0 : 1.0 / rank;
            queries++;
            if (Normalizer.normalize(cells[0], Normalizer.Form.NFD).equals(cells[0])) {
                unaccented++;
            }
            if (rank != 1) {
                misses.add(cells[0] + " → " + rank);
            }
        }
        double mrr = sum / queries;
        assertTrue(queries >= 40, "at least 40 queries");
        assertTrue(unaccented * 2 >= queries, "half of them typed without diacritics");
        System.out.printf("relevance: MRR %.3f over %d queries (%d without diacritics); not first: %s%n", mrr, queries,
                unaccented, misses);
        assertTrue(mrr >= 0.9, "MRR " + mrr + "; not first: " + misses);
    }

    @Test
    void typedWithOrWithoutDiacriticsFindsTheSameArticle() throws IOException {
        String expected = "phat-dong-cuoc-thi-ngoi-nha-mo-uoc-lan-thu-3";
        assertEquals(expected, ids("Ngôi nhà mơ ước", 1).get(0));
        assertEquals(expected, ids("ngoi nha mo uoc", 1).get(0));
        assertEquals(expected, ids("NGOI NHA MO UOC", 1).get(0));
        assertEquals(expected, ids(Normalizer.normalize("ngôi nhà mơ ước", Normalizer.Form.NFD), 1).get(0), "NFD input");
    }

    @Test
    void hitsSayWhatTheyAre() throws IOException {
        SearchResult.Hit hit = index.search("ngoi nha mo uoc", null, null, null, 1, 1).hits().get(0);
        assertEquals("article", hit.type());
        assertEquals("/bai-viet/phat-dong-cuoc-thi-ngoi-nha-mo-uoc-lan-thu-3", hit.url());
        assertTrue(hit.publishedAt().startsWith("2025-"));
    }

    @Test
    void dMatchesĐ() throws IOException {
        assertEquals(ids("đạo đức báo chí", 3), ids("dao duc bao chi", 3));
        assertTrue(index.search("tong dai 111", null, null, null, 1, 10).total() > 0);
        assertTrue(index.search("tong dai 111", null, null, null, 1, 10).hits().stream()
                .anyMatch(h -> h.snippet().contains("<mark>Tổng đài 111</mark>")), "side-by-side matches read as one mark");
    }

    @Test
    void snippetsMarkAccentedAndUnaccentedMatchesAlikeAndEscapeText() throws IOException {
        SearchResult.Hit hit = index.search("tong dai", null, null, null, 1, 1).hits().get(0);
        // typed without accents, marked on the accented words as written
        assertTrue(hit.snippet().matches("(?s).*<mark>[^<]*[Tt]ổng[^<]*</mark>.*"), hit.snippet());
        assertTrue(!hit.snippet().contains("<script"));
    }

    @Test
    void facetsCountAllHitsAndFiltersNarrow() throws IOException {
        SearchResult all = index.search("trẻ em", null, null, null, 1, 5);
        int bySection = all.facets().get("section").values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(all.total(), bySection);
        String section = all.facets().get("section").keySet().iterator().next();
        SearchResult narrowed = index.search("trẻ em", null, section, null, 1, 50);
        assertEquals((long) all.facets().get("section").get(section), narrowed.total());
        assertEquals(5, all.hits().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "\"", "\"ngoi nha", "((((", "*", "AND OR NOT", "title:abc", "a\\b", "-", "🙂"})
    void anythingTypedGivesAResultNeverAnError(String typed) throws IOException {
        SearchResult result = index.search(typed, null, null, null, 1, 10);
        assertTrue(result.total() >= 0);
    }

    @Test
    void veryLongQueriesStillWork() throws IOException {
        assertTrue(index.search("trẻ em ".repeat(700), null, null, null, 1, 10).total() >= 0);
    }

    @Test
    void suggestionsComeFromTitles() throws IOException {
        assertTrue(index.suggest("ngoi nha m", 5).stream().anyMatch(t -> t.contains("Ngôi nhà mơ ước")));
        assertTrue(index.suggest("???", 5).isEmpty());
    }

    @Test
    void aQueryTypedWithDiacriticsRanksExactMatchesAboveFoldedOnes() throws IOException {
        SearchIndex own = new SearchIndex(new ByteBuffersDirectory());
        Instant older = Instant.parse("2024-01-01T00:00:00Z");
        Instant newer = Instant.parse("2026-01-01T00:00:00Z");
        // same folded words ("mo uoc"); the newer one would win a tie, so only the accents can put "mơ ước" first
        own.upsert(new SearchDocument("article", "exact", "Mơ ước của em", "", List.of(), "", "x", older, "/a"));
        own.upsert(new SearchDocument("article", "folded", "Mở ước của em", "", List.of(), "", "x", newer, "/b"));
        own.commit(1);
        assertEquals(List.of("exact", "folded"), own.search("mơ ước", null, null, null, 1, 10).hits().stream()
                .map(SearchResult.Hit::id).toList());
        assertEquals("folded", own.search("mở ước", null, null, null, 1, 10).hits().get(0).id());
        assertEquals("folded", own.search("mo uoc", null, null, null, 1, 10).hits().get(0).id(), "unaccented: a tie, newer first");
        own.close();
    }

    @Test
    void aPdfSnippetSaysWhichPageItComesFrom() throws Exception {
        SearchIndex own = new SearchIndex(new ByteBuffersDirectory());
        String pdf = vn.quyentreem.portal.library.control.TextExtraction.extract(Files.readAllBytes(
                Path.of("content/library/huong-dan-giam-sat-quyen-tre-em.pdf")), "huong-dan-giam-sat-quyen-tre-em.pdf");
        own.upsert(new SearchDocument("document", "pdf", "Hướng dẫn giám sát", "Tài liệu tập huấn", List.of(), pdf,
                "giam-sat", Instant.now(), "/tai-lieu/pdf"));
        own.upsert(new SearchDocument("article", "bai", "Phiếu thu thập thông tin", "", List.of(),
                "Mẫu phiếu thu thập thông tin", "x", Instant.now(), "/bai-viet/bai"));
        own.commit(1);
        SearchResult.Hit page3 = own.search("mau 01 phieu", "document", null, null, 1, 10).hits().get(0);
        assertEquals(3, page3.page(), page3.snippet());
        assertTrue(page3.snippet().startsWith("<span class=\"page-no\">Trang 3:</span> "), page3.snippet());
        assertTrue(page3.snippet().contains("<mark>"), page3.snippet());
        assertEquals(-1, page3.snippet().indexOf('\f'));
        SearchResult.Hit twoPages = own.search("phieu thu thap thong tin", "document", null, null, 1, 10).hits().get(0);
        // both passages are shown in the order of the text; the hit's page is that of the one that matched best
        assertEquals(3, twoPages.page(), twoPages.snippet());
        assertTrue(twoPages.snippet().contains("Trang 2:") && twoPages.snippet().contains("Trang 3:"), twoPages.snippet());
        SearchResult.Hit page2 = own.search("chon chu de", "document", null, null, 1, 10).hits().get(0);
        assertEquals(2, page2.page(), page2.snippet());
        assertEquals(null, own.search("phieu thu thap", "article", null, null, 1, 10).hits().get(0).page(),
                "an article has no pages");
        own.close();
    }

    @Test
    void eachFacetCountsWhatItsLinkWouldShow() throws IOException {
        SearchResult all = index.search("tre em", null, null, null, 1, 5);
        String section = all.facets().get("section").keySet().iterator().next();
        SearchResult narrowed = index.search("tre em", null, section, null, 1, 5);
        // the chosen field's own values still count everything else, so a reader can switch sections
        assertEquals(all.facets().get("section"), narrowed.facets().get("section"));
        // every other field counts only what is in the chosen section: following any link finds exactly that many
        for (var field : java.util.Map.of("type", 0, "year", 2).entrySet()) {
            narrowed.facets().get(field.getKey()).forEach((value, count) -> {
                try {
                    String[] filters = {null, section, null};
                    filters[field.getValue()] = value;
                    assertEquals((long) count, index.search("tre em", filters[0], filters[1], filters[2], 1, 5).total(),
                            field.getKey() + "=" + value + " in " + section);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertEquals(0, index.search("tre em", "khong-co-loai-nay", null, null, 1, 5).total());
        assertTrue(index.search("tre em", "khong-co-loai-nay", null, null, 1, 5).facets().get("section").isEmpty(),
                "an impossible filter offers no section that would lead to nothing");
    }

    @Test
    void aLongQueryWithAStrayWordStillFindsWhatHasTheRest() throws IOException {
        String strict = ids("ngôi nhà mơ ước", 1).get(0);
        assertEquals(strict, ids("ngôi nhà mơ ước xyzqw", 1).get(0), "nothing has every word: most of them is enough");
    }

    @Test
    void anIndexOfAnOlderLayoutIsReplacedNotMixedWith() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new TextField(SearchFields.TEXT_FOLDED, "bai cu", Field.Store.YES)); // indexed, as layout 2 had it
            old.addDocument(d);
            old.setLiveCommitData(Map.of(SearchIndex.APPLIED, "7", SearchIndex.SCHEMA, "2").entrySet());
            old.commit();
        }
        try (SearchIndex index = SearchIndex.openCurrent(directory, null)) {
            assertEquals(-1, index.appliedSequence(), "a new index: the portal rebuilds it from the store");
            assertEquals(0, index.count());
            index.upsert(new SearchDocument("article", "moi", "Bài mới", "", List.of(), "nội dung", "x", Instant.now(), "/a"));
            index.commit(1);
            assertEquals(1, index.search("bai moi", null, null, null, 1, 10).total());
        }
        try (SearchIndex again = SearchIndex.openCurrent(directory, null)) {
            assertEquals(1, again.count(), "an index of the current layout is kept");
        }
    }

    @Test
    void removedItemsDisappear() throws IOException {
        SearchIndex own = new SearchIndex(new ByteBuffersDirectory());
        own.upsert(new SearchDocument("article", "x", "Bài thử gỡ", "", List.of(), "nội dung", "tinh-hinh-tre-em",
                Instant.now(), "/bai-viet/x"));
        own.commit(5);
        assertEquals(1, own.search("bai thu go", null, null, null, 1, 10).total());
        own.delete("article", "x");
        own.commit(6);
        assertEquals(0, own.search("bai thu go", null, null, null, 1, 10).total());
        assertEquals(6, own.appliedSequence());
        own.close();
    }

    private static List<String> ids(String query, int max) throws IOException {
        return index.search(query, null, null, null, 1, max).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void itemsPublishedOneByOneDoNotPileUpAsSegments() throws IOException {
        try (SearchIndex own = new SearchIndex(new ByteBuffersDirectory())) {
            for (int i = 0; i < 15; i++) {
                own.upsert(new SearchDocument("article", "tin-" + i, "Tin số " + i + " về quyền trẻ em", "", List.of(), "",
                        "x", Instant.parse("2026-01-01T00:00:00Z"), "/bai-viet/tin-" + i));
                if (i % 2 == 0) {
                    own.commit(i + 1);
                } else {
                    own.refresh();
                }
            }
            assertEquals(15, own.count());
            assertTrue(own.segments() <= 2, "small segments are merged as they come: " + own.segments());
            assertEquals(15, own.search("quyen tre em", null, null, null, 1, 20).total());
        }
    }
}
