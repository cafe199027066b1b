package vn.quyentreem.portal.articles.boundary;

import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.platform.PublicPath;

import java.util.List;

/** An article in an API listing. */
public record ArticleSummaryJson(String id, String slug, String title, String summary, String section,
                                 List<String> tags, String publishedAt, String url) {

    static ArticleSummaryJson of(Article a, String baseUrl) {
        return new ArticleSummaryJson(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getSection(),
                a.getTags(), a.getPublishedAt() == null ? null : a.getPublishedAt().toString(),
                baseUrl + PublicPath.ARTICLE.of(a.getSlug()));
    }
}
