package vn.quyentreem.portal.search.control;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.changes.control.ChangeFeed;
import vn.quyentreem.portal.changes.entity.Change;
import vn.quyentreem.portal.store.DataDirectory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After a crash the index is compared with the store: what is missing, stale or gone is repaired, nothing else. */
class SearchIndexerReconcileTest {

    @TempDir
    Path data;

    private final List<SearchDocument> inStore = new ArrayList<>();
    private SearchIndexer indexer;

    private SearchIndexer indexer() {
        SearchIndexer indexer = new SearchIndexer();
        indexer.dataDirectory = DataDirectory.at(data);
        indexer.feed = new ChangeFeed() {
            @Override
            public long head() {
                return 7;
            }
        };
        indexer.items = new SearchableItems() {
            @Override
            void all(Consumer<SearchDocument> into) {
                inStore.forEach(into);
            }

            @Override
            Map<String, Optional<SearchDocument>> concernedBy(Change line) {
                return Map.of("article:" + line.id(), inStore.stream().filter(d -> d.id().equals(line.id())).findFirst());
            }
        };
        indexer.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                return Executors.defaultThreadFactory().newThread(r);
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            }
        };
        return indexer;
    }

    @AfterEach
    void close() {
        if (indexer != null) {
            indexer.close();
        }
    }

    private static SearchDocument article(String id, String title) {
        return new SearchDocument("article", id, title, null, List.of(), "Nội dung", "tin-tuc",
                Instant.parse("2026-12-01T01:00:00Z"), "/bai-viet/" + id);
    }

    @Test
    void aComparisonRepairsOnlyWhatDiffers() throws Exception {
        inStore.addAll(List.of(article("a", "Ngôi nhà mơ ước"), article("b", "Trường học hạnh phúc"),
                article("c", "Tháng hành động")));
        indexer = indexer();
        indexer.rebuild();
        assertEquals(3, indexer.index().count());

        // what a crash leaves: the store moved on (a edited, b unpublished, d published), the index did not
        inStore.set(0, article("a", "Ngôi nhà mơ ước của em"));
        inStore.remove(1);
        inStore.add(article("d", "Mái ấm cho trẻ em"));

        SearchIndexer.Repairs repairs = indexer.reconcile();
        assertEquals(new SearchIndexer.Repairs(1, 1, 1), repairs);
        assertEquals(3, indexer.index().count());
        assertEquals(List.of("Ngôi nhà mơ ước của em"), titles("ngoi nha mo uoc"));
        assertEquals(List.of(), titles("truong hoc hanh phuc"));
        assertEquals(List.of("Mái ấm cho trẻ em"), titles("mai am"));
        assertEquals(7, indexer.index().appliedSequence(), "it follows the feed from where the store is");

        assertFalse(indexer.reconcile().any(), "a second comparison finds nothing to repair");
    }

    @Test
    void aCleanlyClosedIndexSaysSoAndACrashedOneDoesNot() throws Exception {
        inStore.add(article("a", "Ngôi nhà mơ ước"));
        indexer = indexer();
        indexer.rebuild();
        assertFalse(indexer.index().closedCleanly(), "open and written: a crash now would need a comparison");
        indexer.close();
        indexer = indexer();
        assertTrue(indexer.index().closedCleanly());
    }

    @Test
    void aChangeAppliedBeforeTheStartCheckDoesNotMakeACleanStopLookLikeACrash() throws Exception {
        inStore.addAll(List.of(article("a", "Ngôi nhà mơ ước"), article("b", "Trường học hạnh phúc")));
        indexer = indexer();
        indexer.rebuild();
        indexer.close();
        // b leaves the store with no line in the feed: only a comparison would remove it from the index
        inStore.remove(1);

        indexer = indexer();
        indexer.position(); // as the feed's loop asks first
        indexer.apply(List.of(new Change(8, "article", "a", null, Instant.now()))); // content imported at start
        indexer.onStart(null);
        assertEquals(List.of("Trường học hạnh phúc"), titles("truong hoc hanh phuc"), "no comparison after a clean stop");
    }

    private List<String> titles(String query) throws Exception {
        return indexer.index().search(query, null, null, null, 1, 10).hits().stream().map(SearchResult.Hit::title).toList();
    }
}
