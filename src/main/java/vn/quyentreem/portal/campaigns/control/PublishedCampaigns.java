package vn.quyentreem.portal.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.data.Limit;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignPhase;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.platform.Slugs;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What readers see of campaigns: only published ones, what is running first, and what each links to. */
@ApplicationScoped
public class PublishedCampaigns {

    static final int RELATED = 6;

    @Inject
    Campaigns campaigns;

    @Inject
    Articles articles;

    @Inject
    Library library;

    public Optional<Campaign> bySlug(String slug) {
        return campaigns.findBySlug(slug).filter(Campaign::isPublished);
    }

    /** Running (ending soonest first), then upcoming (starting soonest), then ended (newest first). */
    public List<Campaign> all(Instant now) {
        return campaigns.findByStatus(PublicationStatus.PUBLISHED.name()).stream()
                .sorted(order(now)).toList();
    }

    /** Published campaigns by year, newest year first: the archive. */
    public Map<Integer, List<Campaign>> byYear(Instant now) {
        Map<Integer, List<Campaign>> years = new TreeMap<>(Comparator.reverseOrder());
        years.putAll(all(now).stream().collect(Collectors.groupingBy(Campaign::getYear, LinkedHashMap::new,
                Collectors.toList())));
        return years;
    }

    /** The campaign for the home page: the one running now, else the next to start. */
    public Optional<Campaign> featured(Instant now) {
        return all(now).stream().filter(c -> CampaignPeriod.phase(c, now) != CampaignPhase.ENDED).findFirst();
    }

    /** The articles chosen for it, then the newest published with its tag; published ones only. */
    public List<Article> relatedArticles(Campaign campaign) {
        Stream<Article> chosen = campaign.getArticleSlugs().stream()
                .map(slug -> articles.findBySlug(slug).filter(Article::isPublished))
                .flatMap(Optional::stream);
        Stream<Article> tagged = campaign.getTag() == null ? Stream.empty()
                : articles.findByStatusAndTagSlugsInOrderByPublishedAtDesc(PublicationStatus.PUBLISHED.name(),
                        List.of(Slugs.of(campaign.getTag())), Limit.of(RELATED)).stream();
        Map<String, Article> distinct = new LinkedHashMap<>();
        Stream.concat(chosen, tagged).forEach(a -> distinct.putIfAbsent(a.getId(), a));
        return distinct.values().stream().limit(RELATED).toList();
    }

    /** Its published training documents, in the order chosen. */
    public List<LibraryDocument> documents(Campaign campaign) {
        return campaign.getDocumentSlugs().stream().map(library::publishedBySlug).flatMap(Optional::stream).toList();
    }

    static Comparator<Campaign> order(Instant now) {
        return Comparator.<Campaign>comparingInt(c -> switch (CampaignPeriod.phase(c, now)) {
                    case RUNNING -> 0;
                    case UPCOMING -> 1;
                    case ENDED -> 2;
                }).thenComparing((a, b) -> {
                    CampaignPhase phase = CampaignPeriod.phase(a, now);
                    return switch (phase) {
                        case RUNNING -> a.getEndsOn().compareTo(b.getEndsOn());
                        case UPCOMING -> a.getStartsOn().compareTo(b.getStartsOn());
                        case ENDED -> b.getStartsOn().compareTo(a.getStartsOn());
                    };
                });
    }
}
