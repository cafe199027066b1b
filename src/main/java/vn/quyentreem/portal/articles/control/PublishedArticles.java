package vn.quyentreem.portal.articles.control;

import jakarta.data.Limit;
import jakarta.data.page.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.articles.entity.Articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What readers may see: published articles only, newest first. */
@ApplicationScoped
public class PublishedArticles {

    private static final String PUBLISHED = PublicationStatus.PUBLISHED.name();

    @Inject
    Articles articles;

    public ArticlePage latest(int page, int size) {
        return new ArticlePage(articles.findByStatusOrderByPublishedAtDesc(PUBLISHED, request(page, size)).content(),
                page, size, articles.countByStatus(PUBLISHED));
    }

    public ArticlePage inSection(String section, int page, int size) {
        return new ArticlePage(
                articles.findByStatusAndSectionOrderByPublishedAtDesc(PUBLISHED, section, request(page, size)).content(),
                page, size, articles.countByStatusAndSection(PUBLISHED, section));
    }

    public ArticlePage taggedWith(String tagSlug, int page, int size) {
        return new ArticlePage(
                articles.findByStatusAndTagSlugsOrderByPublishedAtDesc(PUBLISHED, tagSlug, request(page, size)).content(),
                page, size, articles.countByStatusAndTagSlugs(PUBLISHED, tagSlug));
    }

    public List<Article> featured(int max) {
        return articles.findByStatusAndFeaturedOrderByPublishedAtDesc(PUBLISHED, true, Limit.of(max));
    }

    public Optional<Article> bySlug(String slug) {
        return articles.findBySlug(slug).filter(Article::isPublished);
    }

    /** Articles sharing a tag come first, then the newest of the same section. */
    public List<Article> relatedTo(Article article, int max) {
        Map<String, Article> related = new LinkedHashMap<>();
        if (!article.getTagSlugs().isEmpty()) {
            articles.findByStatusAndTagSlugsInOrderByPublishedAtDesc(PUBLISHED, article.getTagSlugs(), Limit.of(max + 1))
                    .forEach(a -> related.putIfAbsent(a.getId(), a));
        }
        articles.findByStatusAndSectionOrderByPublishedAtDesc(PUBLISHED, article.getSection(), Limit.of(max + 1))
                .forEach(a -> related.putIfAbsent(a.getId(), a));
        related.remove(article.getId());
        return new ArrayList<>(related.values()).subList(0, Math.min(max, related.size()));
    }

    /** Every published article, for the sitemap and the feed. */
    public List<Article> all() {
        return articles.findByStatusOrderByPublishedAtDesc(PUBLISHED);
    }

    /** The display name of a tag, taken from any published article that carries it. */
    public Optional<String> tagName(String tagSlug) {
        return articles.findByStatusAndTagSlugsOrderByPublishedAtDesc(PUBLISHED, tagSlug, PageRequest.ofSize(1))
                .content().stream().findFirst()
                .map(a -> a.getTags().get(a.getTagSlugs().indexOf(tagSlug)));
    }

    private static PageRequest request(int page, int size) {
        return PageRequest.ofPage(page).size(size);
    }
}
