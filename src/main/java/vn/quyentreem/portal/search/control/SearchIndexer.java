package vn.quyentreem.portal.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.apache.lucene.store.FSDirectory;
import vn.quyentreem.portal.changes.control.ChangeFeed;
import vn.quyentreem.portal.changes.control.ChangeFollower;
import vn.quyentreem.portal.changes.entity.Change;
import vn.quyentreem.portal.store.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps the search index in step with the store by following the change feed: this node's own changes are applied
 * before the writer's request goes on, other nodes' within the feed's round. The index commits, with its Lucene
 * segments, the number of the last line applied, so after a crash it goes on from there. On start it compares
 * what it holds with the store and repairs any difference (a missing or unreadable index is rebuilt instead).
 */
@ApplicationScoped
public class SearchIndexer implements ChangeFollower {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    @Inject
    DataDirectory dataDirectory;

    @Inject
    ChangeFeed feed;

    @Inject
    SearchableItems items;

    /** Makes the threads that search the slices of one search side by side. */
    @Resource
    ManagedThreadFactory threads;

    // A pool of our own over container-made threads: a managed executor would capture and restore the request's
    // context for every slice, which costs more than searching a slice.
    private ExecutorService slices;

    private SearchIndex index;
    private boolean needsRebuild;
    private long openedAt;
    private boolean crashed;
    private final AtomicInteger rebuildDone = new AtomicInteger(-1);
    private volatile int rebuildTotal;

    public synchronized SearchIndex index() {
        if (index == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            slices = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), threads);
            index = open(dataDirectory.resolve("index"), slices);
            // decided before any change arrives: content imported at start must not hide an empty index, nor its
            // first commit (which marks the index open) make a clean stop look like a crash
            needsRebuild = index.appliedSequence() < 0 || !SearchIndex.SCHEMA_VERSION.equals(index.schemaVersion());
            openedAt = index.appliedSequence();
            crashed = !index.closedCleanly();
        }
        return index;
    }

    void onStart(@Observes @Priority(20) Startup startup) {
        index();
        if (needsRebuild) {
            LOG.info("Search index is new, unreadable or of an older layout: rebuilding it from the store");
            rebuild();
        } else if (openedAt > feed.head()) {
            // it followed another store's feed (a store restored or replaced): its position means nothing here
            LOG.warning("Search index is ahead of this store's change feed: comparing it with the store");
            reconcile(true);
        } else if (crashed) {
            LOG.info("Search index was not closed cleanly: comparing it with the store");
            reconcile();
        }
    }

    /** Negative until the index has been built once: lines before that are in the rebuild. */
    @Override
    public long position() {
        return index().appliedSequence();
    }

    @Override
    public synchronized void apply(List<Change> lines) {
        try {
            for (Change line : lines) {
                if (line.everything()) {
                    reconcile();
                } else {
                    apply(line);
                }
            }
            index.commit(lines.get(lines.size() - 1).sequence());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares every item the store would have in the index with what the index holds, by fingerprint, and puts
     * right only what differs: what a crash or a lost line left behind, without the cost of a rebuild.
     */
    public synchronized Repairs reconcile() {
        return reconcile(false);
    }

    private synchronized Repairs reconcile(boolean fromHead) {
        try {
            long upTo = feed.head();
            Map<String, String> held = index().fingerprints();
            int[] counts = new int[3];
            items.all(document -> {
                String before = held.remove(document.key());
                if (before == null || !before.equals(SearchIndex.fingerprint(document))) {
                    counts[before == null ? 0 : 1]++;
                    upsertUnchecked(document);
                }
            });
            for (String key : held.keySet()) {
                index.deleteKey(key);
            }
            Repairs repairs = new Repairs(counts[0], counts[1], held.size());
            // never backwards: lines after upTo may already be applied
            index.commit(fromHead ? upTo : Math.max(upTo, index.appliedSequence()));
            if (repairs.any()) {
                LOG.warning("Search index compared with the store and repaired: " + repairs);
            } else {
                LOG.info("Search index compared with the store: nothing to repair");
            }
            return repairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a comparison with the store put right. */
    public record Repairs(int added, int updated, int removed) {
        public boolean any() {
            return added + updated + removed > 0;
        }

        @Override
        public String toString() {
            return added + " added, " + updated + " updated, " + removed + " removed";
        }
    }

    /** Empties the index and indexes every published item again; progress is readable while it runs. */
    public synchronized void rebuild() {
        try {
            long upTo = feed.head();
            List<SearchDocument> all = new java.util.ArrayList<>();
            items.all(all::add);
            rebuildTotal = all.size();
            rebuildDone.set(0);
            index().deleteAll();
            for (SearchDocument document : all) {
                index.upsert(document);
                rebuildDone.incrementAndGet();
            }
            index.commit(Math.max(upTo, 0));
            LOG.info("Search index rebuilt: " + rebuildTotal + " item(s)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuildDone.set(-1);
        }
    }

    private void upsertUnchecked(SearchDocument document) {
        try {
            index.upsert(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items indexed so far by a rebuild in progress, or -1 when none runs. */
    public int rebuildProgress() {
        return rebuildDone.get();
    }

    public int rebuildTotal() {
        return rebuildTotal;
    }

    /** Reads the line's items from the store as they are now and puts each in the index, or takes it out. */
    private void apply(Change line) throws IOException {
        for (Map.Entry<String, Optional<SearchDocument>> entry : items.concernedBy(line).entrySet()) {
            if (entry.getValue().isPresent()) {
                index.upsert(entry.getValue().get());
            } else {
                index.deleteKey(entry.getKey());
            }
        }
    }

    private static SearchIndex open(Path directory, Executor executor) {
        try {
            return SearchIndex.openCurrent(FSDirectory.open(directory), executor);
        } catch (IOException e) {
            // derived data: an index that cannot be read is thrown away and rebuilt from the store
            LOG.log(Level.WARNING, "Search index at " + directory + " is unreadable; starting a new one", e);
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(directory)).forEach(p -> p.toFile().delete());
                return new SearchIndex(FSDirectory.open(directory), executor);
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    @PreDestroy
    void close() {
        if (slices != null) {
            slices.shutdown();
        }
        try {
            if (index != null) {
                index.close();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the search index failed", e);
        }
    }
}
