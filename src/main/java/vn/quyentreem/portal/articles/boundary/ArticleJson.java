package vn.quyentreem.portal.articles.boundary;

import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.platform.Choices;
import vn.quyentreem.portal.platform.PublicPath;

import java.util.List;

/** One article in full: its Markdown source and the HTML readers see. */
public record ArticleJson(String id, String slug, String title, String summary, String section, String sectionTitle,
                          List<String> tags, String author, String status, String publishedAt, String updatedAt,
                          String coverImage, String coverAlt, String body, String html, String url) {

    static ArticleJson of(Article a, String html, String baseUrl) {
        return new ArticleJson(a.getId(), a.getSlug(), a.getTitle(), a.getSummary(), a.getSection(),
                Section.byCode(a.getSection()).map(Section::getTitle).orElse(null), a.getTags(), a.getAuthor(),
                Choices.json(a.getStatus()),
                a.getPublishedAt() == null ? null : a.getPublishedAt().toString(),
                a.getUpdatedAt() == null ? null : a.getUpdatedAt().toString(),
                a.getCoverImage(), a.getCoverAlt(), a.getBody(), html, baseUrl + PublicPath.ARTICLE.of(a.getSlug()));
    }
}
