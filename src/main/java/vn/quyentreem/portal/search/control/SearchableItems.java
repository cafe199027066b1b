package vn.quyentreem.portal.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleChanged;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.changes.entity.Change;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.library.entity.LibraryChanged;
import vn.quyentreem.portal.library.entity.LibraryDocuments;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the store says the index should hold: every searchable item (for a rebuild or a comparison), or, for one
 * line of the change feed, each index entry it concerns and what that entry should be now.
 */
@ApplicationScoped
public class SearchableItems {

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

    /** Every item the index should hold, read from the store. */
    void all(Consumer<SearchDocument> into) {
        Instant now = Instant.now();
        articles.findByStatusOrderByPublishedAtDesc(PublicationStatus.PUBLISHED.name())
                .forEach(a -> into.accept(ArticleSearchDocuments.of(a)));
        documents.findAll().filter(LibrarySearchDocuments::searchable).forEach(d -> into.accept(LibrarySearchDocuments.of(d)));
        campaigns.findByStatus(PublicationStatus.PUBLISHED.name()).forEach(c -> into.accept(CampaignSearchDocuments.of(c)));
        Map<String, Contest> byId = new HashMap<>();
        contests.findAll().forEach(c -> {
            byId.put(c.getId(), c);
            ContestSearchDocuments.of(c, now).ifPresent(into);
        });
        contestEntries.findAll().filter(ContestEntry::isShortlisted).forEach(e -> {
            Contest contest = byId.get(e.getContestId());
            if (contest != null) {
                ContestSearchDocuments.of(e, contest).ifPresent(into);
            }
        });
        awards.findAll().forEach(p -> {
            into.accept(AwardSearchDocuments.of(p));
            p.getCycles().forEach(cycle -> AwardSearchDocuments.laureates(p, cycle, now).ifPresent(into));
        });
    }

    /** The index keys (type:id) a line concerns, each with its document now, or empty where it must go. */
    Map<String, Optional<SearchDocument>> concernedBy(Change line) {
        Map<String, Optional<SearchDocument>> entries = new LinkedHashMap<>();
        Instant now = Instant.now();
        switch (line.type()) {
            case ArticleChanged.TYPE -> entries.put(key(ArticleSearchDocuments.TYPE, line.id()),
                    articles.findById(line.id()).filter(Article::isPublished).map(ArticleSearchDocuments::of));
            case CampaignChanged.TYPE -> entries.put(key(CampaignSearchDocuments.TYPE, line.id()),
                    campaigns.findById(line.id()).filter(Campaign::isPublished).map(CampaignSearchDocuments::of));
            case LibraryChanged.TYPE -> entries.put(key(LibrarySearchDocuments.TYPE, line.id()),
                    documents.findById(line.id()).filter(LibrarySearchDocuments::searchable).map(LibrarySearchDocuments::of));
            case AwardChanged.TYPE -> awards.findById(line.id()).ifPresent(p -> award(p, now, entries));
            case ContestChanged.TYPE -> contest(line, now, entries);
            default -> {
                // members, events and the like are not searched
            }
        }
        return entries;
    }

    /** The programme and each year's announcement, which is there only once announced. */
    private static void award(AwardProgramme programme, Instant now, Map<String, Optional<SearchDocument>> entries) {
        entries.put(key(AwardSearchDocuments.PROGRAMME, programme.getId()), Optional.of(AwardSearchDocuments.of(programme)));
        for (AwardCycle cycle : programme.getCycles()) {
            entries.put(key(AwardSearchDocuments.LAUREATES, AwardSearchDocuments.laureatesId(programme, cycle.getYear())),
                    AwardSearchDocuments.laureates(programme, cycle, now));
        }
    }

    /** A contest change may show or hide any of its entries (publishing, a shortlist) unless it names one. */
    private void contest(Change line, Instant now, Map<String, Optional<SearchDocument>> entries) {
        Optional<Contest> contest = contests.findById(line.id());
        entries.put(key(ContestSearchDocuments.CONTEST, line.id()), contest.flatMap(c -> ContestSearchDocuments.of(c, now)));
        if (line.part() != null) {
            entries.put(key(ContestSearchDocuments.ENTRY, line.part()), Optional.empty());
        }
        List<ContestEntry> changed = line.part() != null
                ? contestEntries.findById(line.part()).stream().toList()
                : contestEntries.findByContestId(line.id());
        for (ContestEntry entry : changed) {
            entries.put(key(ContestSearchDocuments.ENTRY, entry.getId()), contest.flatMap(c -> ContestSearchDocuments.of(entry, c)));
        }
    }

    private static String key(String type, String id) {
        return type + ":" + id;
    }
}
