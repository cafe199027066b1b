package vn.quyentreem.portal.search.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.apache.lucene.store.FSDirectory;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleChanged;
import vn.quyentreem.portal.articles.entity.ArticleStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.library.entity.LibraryChanged;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.library.entity.LibraryDocuments;
import vn.quyentreem.portal.platform.DataDirectory;
import vn.quyentreem.portal.search.entity.IndexChange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Keeps the search index in step with the store. Content changes are written to the change log and applied at
 * once; a background round every two seconds applies whatever else the log holds (after a crash, or from
 * another node). A missing or unreadable index is rebuilt from the store on start.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    static final int BATCH = 500;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    ChangeLog log;

    @Inject
    Articles articles;

    @Inject
    LibraryDocuments documents;

    @Inject
    Campaigns campaigns;

    @Inject
    Contests contests;

    @Inject
    ContestEntries contestEntries;

    @Inject
    AwardProgrammes awards;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Makes the threads that search the slices of one search side by side. */
    @Resource
    ManagedThreadFactory threads;

    // A pool of our own over container-made threads: a managed executor would capture and restore the request's
    // context for every slice, which costs more than searching a slice.
    private ExecutorService slices;

    private SearchIndex index;
    private boolean needsRebuild;
    private ScheduledFuture<?> catchUp;
    private final AtomicInteger rebuildDone = new AtomicInteger(-1);
    private volatile int rebuildTotal;

    public synchronized SearchIndex index() {
        if (index == null) {
            int cores = Runtime.getRuntime().availableProcessors();
            slices = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), threads);
            index = open(dataDirectory.resolve("index"), slices);
            // decided before any change arrives: content imported at start must not hide an empty index
            needsRebuild = index.appliedSequence() < 0 || !SearchIndex.SCHEMA_VERSION.equals(index.schemaVersion());
        }
        return index;
    }

    void onStart(@Observes @Priority(20) Startup startup) {
        index();
        if (needsRebuild) {
            LOG.info("Search index is new, unreadable or of an older layout: rebuilding it from the store");
            rebuild();
        } else {
            applyPending();
        }
        catchUp = scheduler.scheduleWithFixedDelay(this::applyQuietly, 2, 2, TimeUnit.SECONDS);
    }

    void onArticleChanged(@Observes ArticleChanged change) {
        log.append(ArticleSearchDocuments.TYPE, change.articleId());
        applyPending();
    }

    void onCampaignChanged(@Observes CampaignChanged change) {
        log.append(CampaignSearchDocuments.TYPE, change.campaignId());
        applyPending();
    }

    /** A contest change may show or hide any of its entries (publishing, a shortlist), so they are all looked at again. */
    void onContestChanged(@Observes ContestChanged change) {
        log.append(ContestSearchDocuments.CONTEST, change.contestId());
        if (change.entryId() != null) {
            log.append(ContestSearchDocuments.ENTRY, change.entryId());
        } else {
            contestEntries.findByContestId(change.contestId())
                    .forEach(e -> log.append(ContestSearchDocuments.ENTRY, e.getId()));
        }
        applyPending();
    }

    void onAwardChanged(@Observes AwardChanged change) {
        log.append(AwardSearchDocuments.PROGRAMME, change.programmeId());
        applyPending();
    }

    void onLibraryChanged(@Observes LibraryChanged change) {
        log.append(LibrarySearchDocuments.TYPE, change.documentId());
        applyPending();
    }

    /** Applies every logged change the index has not seen, in order, and commits how far it got. */
    public synchronized void applyPending() {
        try {
            long applied = index().appliedSequence();
            List<IndexChange> pending;
            while (!(pending = log.after(applied, BATCH)).isEmpty()) {
                for (IndexChange change : pending) {
                    apply(change);
                    applied = change.getSequence();
                }
                index.commit(applied);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties the index and indexes every published item again; progress is readable while it runs. */
    public synchronized void rebuild() {
        try {
            long upTo = log.latest();
            List<Article> published = articles.findByStatusOrderByPublishedAtDesc(ArticleStatus.PUBLISHED.name());
            List<LibraryDocument> library = documents.findAll().filter(LibrarySearchDocuments::searchable).toList();
            List<Campaign> running = campaigns.findByStatus(ArticleStatus.PUBLISHED.name());
            List<Contest> allContests = contests.findAll().toList();
            List<ContestEntry> entries = contestEntries.findAll().filter(ContestEntry::isShortlisted).toList();
            List<AwardProgramme> programmes = awards.findAll().toList();
            rebuildTotal = published.size() + library.size() + running.size() + allContests.size() + entries.size()
                    + programmes.size();
            rebuildDone.set(0);
            index().deleteAll();
            for (Article article : published) {
                index.upsert(ArticleSearchDocuments.of(article));
                rebuildDone.incrementAndGet();
            }
            for (LibraryDocument document : library) {
                index.upsert(LibrarySearchDocuments.of(document));
                rebuildDone.incrementAndGet();
            }
            for (Campaign campaign : running) {
                index.upsert(CampaignSearchDocuments.of(campaign));
                rebuildDone.incrementAndGet();
            }
            Instant now = Instant.now();
            for (Contest contest : allContests) {
                ContestSearchDocuments.of(contest, now).ifPresent(this::upsert);
                rebuildDone.incrementAndGet();
            }
            for (ContestEntry entry : entries) {
                contests.findById(entry.getContestId()).flatMap(c -> ContestSearchDocuments.of(entry, c)).ifPresent(this::upsert);
                rebuildDone.incrementAndGet();
            }
            for (AwardProgramme programme : programmes) {
                indexAward(programme, now);
                rebuildDone.incrementAndGet();
            }
            index.commit(upTo);
            LOG.info("Search index rebuilt: " + rebuildTotal + " item(s)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            rebuildDone.set(-1);
        }
        applyPending();
    }

    /** Items indexed so far by a rebuild in progress, or -1 when none runs. */
    public int rebuildProgress() {
        return rebuildDone.get();
    }

    public int rebuildTotal() {
        return rebuildTotal;
    }

    private void upsert(SearchDocument document) {
        try {
            index.upsert(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The programme and each year's announcement, which is there only once announced. */
    private void indexAward(AwardProgramme programme, Instant now) {
        upsert(AwardSearchDocuments.of(programme));
        for (AwardCycle cycle : programme.getCycles()) {
            var laureates = AwardSearchDocuments.laureates(programme, cycle, now);
            if (laureates.isPresent()) {
                upsert(laureates.get());
            } else {
                try {
                    index.delete(AwardSearchDocuments.LAUREATES, AwardSearchDocuments.laureatesId(programme, cycle.getYear()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void apply(IndexChange change) throws IOException {
        if (AwardSearchDocuments.PROGRAMME.equals(change.getItemType())) {
            awards.findById(change.getItemId()).ifPresent(p -> indexAward(p, Instant.now()));
        }
        if (ContestSearchDocuments.CONTEST.equals(change.getItemType())) {
            var document = contests.findById(change.getItemId()).flatMap(c -> ContestSearchDocuments.of(c, Instant.now()));
            if (document.isPresent()) {
                index.upsert(document.get());
            } else {
                index.delete(ContestSearchDocuments.CONTEST, change.getItemId());
            }
        }
        if (ContestSearchDocuments.ENTRY.equals(change.getItemType())) {
            var document = contestEntries.findById(change.getItemId())
                    .flatMap(e -> contests.findById(e.getContestId()).flatMap(c -> ContestSearchDocuments.of(e, c)));
            if (document.isPresent()) {
                index.upsert(document.get());
            } else {
                index.delete(ContestSearchDocuments.ENTRY, change.getItemId());
            }
        }
        if (LibrarySearchDocuments.TYPE.equals(change.getItemType())) {
            var document = documents.findById(change.getItemId()).filter(LibrarySearchDocuments::searchable);
            if (document.isPresent()) {
                index.upsert(LibrarySearchDocuments.of(document.get()));
            } else {
                index.delete(LibrarySearchDocuments.TYPE, change.getItemId());
            }
        }
        if (CampaignSearchDocuments.TYPE.equals(change.getItemType())) {
            var campaign = campaigns.findById(change.getItemId()).filter(Campaign::isPublished);
            if (campaign.isPresent()) {
                index.upsert(CampaignSearchDocuments.of(campaign.get()));
            } else {
                index.delete(CampaignSearchDocuments.TYPE, change.getItemId());
            }
        }
        if (ArticleSearchDocuments.TYPE.equals(change.getItemType())) {
            var article = articles.findById(change.getItemId()).filter(Article::isPublished);
            if (article.isPresent()) {
                index.upsert(ArticleSearchDocuments.of(article.get()));
            } else {
                index.delete(ArticleSearchDocuments.TYPE, change.getItemId());
            }
        }
    }

    private void applyQuietly() {
        try {
            applyPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search index catch-up failed; retrying", e);
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
        if (catchUp != null) {
            catchUp.cancel(false);
        }
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
