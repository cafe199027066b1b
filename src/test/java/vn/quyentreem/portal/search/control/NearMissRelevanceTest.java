package vn.quyentreem.portal.search.control;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accented queries against near misses ({@code src/test/resources/search/near-misses.tsv}, {@link NearMissCorpus}):
 * the item with the exact syllables side by side comes first, before short notes with the same letters in other
 * tones and notes with the syllables scattered, also when it is a 50-page PDF. Measured separately for the queries
 * as typed with their tones, typed without (where a note with the same letters side by side is as right as the
 * item), and typed in NFD.
 */
class NearMissRelevanceTest {

    private static SearchIndex index;
    private static List<String[]> queries;
    private static final Map<String, String> PLAN_TEXTS = new HashMap<>();

    @BeforeAll
    static void index() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
        for (SearchDocument item : NearMissCorpus.sampleContent()) {
            index.upsert(item);
        }
        for (SearchDocument item : NearMissCorpus.plans()) {
            index.upsert(item);
            PLAN_TEXTS.put(item.id(), item.body());
        }
        queries = NearMissCorpus.queries();
        for (int n = 0; n < queries.size(); n++) {
            for (SearchDocument note : NearMissCorpus.nearMisses(n, queries.get(n)[0])) {
                index.upsert(note);
            }
        }
        index.commit(1);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theQueriesCoverArticlesCampaignsAndLongPdfAndDocxDocuments() {
        assertTrue(queries.size() >= 40, "at least 40 queries");
        assertTrue(queries.stream().filter(q -> q[2].startsWith("campaign")).count() >= 4);
        assertTrue(queries.stream().filter(q -> q[2].contains("PDF")).count() >= 4);
        assertTrue(queries.stream().filter(q -> q[2].contains("DOCX")).count() >= 2);
        for (String[] q : queries) {
            assertNotEquals(NearMissCorpus.fold(q[0]), q[0], "typed with tones: " + q[0]);
        }
    }

    @Test
    void typedWithTonesTheExactSyllablesComeFirst() throws IOException {
        assertMrr("accented", q -> q[0], (n, q) -> Set.of(q[1]));
    }

    @Test
    void typedInNfdTheSameAsInNfc() throws IOException {
        assertMrr("NFD", q -> NearMissCorpus.nfd(q[0]), (n, q) -> Set.of(q[1]));
    }

    @Test
    void typedWithoutTonesTheSyllablesSideBySideComeFirst() throws IOException {
        // without tones, the note with the same letters side by side is as right an answer as the item itself
        assertMrr("unaccented", q -> NearMissCorpus.fold(q[0]),
                (n, q) -> Set.of(q[1], "ghi-chu-" + n + "-thanh", "ghi-chu-" + n + "-thanh-nfd"));
    }

    private interface Relevant {
        Set<String> of(int n, String[] query);
    }

    private static void assertMrr(String group, java.util.function.Function<String[], String> typed, Relevant relevant)
            throws IOException {
        double sum = 0;
        List<String> misses = new ArrayList<>();
        for (int n = 0; n < queries.size(); n++) {
            String[] q = queries.get(n);
            List<String> ids = index.search(typed.apply(q), null, null, null, 1, 10).hits().stream()
                    .map(SearchResult.Hit::id).toList();
            int rank = 0;
            for (int i = 0; i < ids.size() && rank == 0; i++) {
                rank = relevant.of(n, q).contains(ids.get(i)) ? i + 1 : 0;
            }
            sum += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add(q[0] + " → " + (rank == 0 ? "not in 10" : rank) + " (first: " + (ids.isEmpty() ? "-" : ids.get(0)) + ")");
            }
        }
        double mrr = sum / queries.size();
        System.out.printf("near misses, %s: MRR %.3f over %d queries; not first: %s%n", group, mrr, queries.size(), misses);
        assertTrue(mrr >= 0.95, group + " MRR " + mrr + "; not first: " + misses);
    }

    @Test
    void theLongPlanIsFiftyPages() {
        assertEquals(50, PLAN_TEXTS.get("ke-hoach-truyen-thong-2025").chars().filter(c -> c == '\f').count(),
                "a page break at the start of each page");
    }

    @Test
    void snippetsMarkTheExactSyllablesOnTheRightPage() throws IOException {
        for (String[] q : queries) {
            for (String typed : List.of(q[0], NearMissCorpus.nfd(q[0]))) {
                SearchResult.Hit hit = index.search(typed, null, null, null, 1, 1).hits().get(0);
                assertTrue(hit.snippet().toLowerCase().contains("<mark>" + q[0] + "</mark>"), q[0] + ": " + hit.snippet());
                String text = PLAN_TEXTS.get(hit.id());
                if (text != null && text.indexOf('\f') >= 0) {
                    assertTrue(pagesWith(text, q[0]).contains(hit.page()), q[0] + ": page " + hit.page() + " of "
                            + pagesWith(text, q[0]));
                }
            }
        }
    }

    /** The pages on which the phrase starts (it may run onto the next), in a text where each page starts with a form feed. */
    private static Set<Integer> pagesWith(String text, String phrase) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(String.join("\\s+", phrase.split(" ")))
                .matcher(text.toLowerCase());
        Set<Integer> found = new java.util.TreeSet<>();
        while (m.find()) {
            found.add((int) text.substring(0, m.start()).chars().filter(c -> c == '\f').count());
        }
        found.remove(0); // before page 1: the summary
        return found;
    }

    @Test
    void aPhraseOnPageThirtyOrLaterIsShownFromThere() throws IOException {
        String text = PLAN_TEXTS.get("ke-hoach-truyen-thong-2025");
        String late = queries.stream().map(q -> q[0]).filter(q -> !pagesWith(text, q).isEmpty()
                && pagesWith(text, q).stream().allMatch(p -> p >= 30)).findFirst().orElseThrow();
        SearchResult.Hit hit = index.search(late, null, null, null, 1, 1).hits().get(0);
        assertEquals("ke-hoach-truyen-thong-2025", hit.id());
        assertTrue(hit.page() >= 30, late + " on page " + hit.page());
    }

    @Test
    void anNfdDocumentReadsAsNfcInTitlesAndSnippets() throws IOException {
        SearchResult.Hit hit = index.search("thắng lợi", null, null, null, 1, 1).hits().get(0);
        assertEquals("chuong-trinh-hoat-dong-bac-giang-2024", hit.id());
        assertEquals(NearMissCorpus.nfd(hit.title()).length() > hit.title().length(), true, "the title is composed");
        assertTrue(hit.snippet().contains("<mark>thắng lợi</mark>") || hit.snippet().contains("<mark>Thắng lợi</mark>"),
                hit.snippet());
        assertEquals(index.suggest("chương trình hoạt", 5), index.suggest(NearMissCorpus.nfd("chương trình hoạt"), 5));
    }
}
