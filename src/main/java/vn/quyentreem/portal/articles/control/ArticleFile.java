package vn.quyentreem.portal.articles.control;

import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns one content/articles/*.md file into an article, or says in Vietnamese what is wrong with it. */
public final class ArticleFile {

    private ArticleFile() {
    }

    public static Article toArticle(FrontMatterFile file, Instant now) throws FrontMatterFile.Malformed {
        String title = file.text("title");
        if (title == null || title.isBlank()) {
            throw new FrontMatterFile.Malformed("thiếu tiêu đề (title)");
        }
        String sectionCode = file.text("section");
        if (sectionCode == null || Section.byCode(sectionCode).isEmpty()) {
            throw new FrontMatterFile.Malformed("chuyên mục (section) không hợp lệ: " + sectionCode);
        }
        String slug = file.text("slug") == null ? Slugs.of(title) : file.text("slug");
        if (!Slugs.isValid(slug)) {
            throw new FrontMatterFile.Malformed("đường dẫn (slug) không hợp lệ: " + slug);
        }
        Article article = new Article();
        article.setTitle(title);
        article.setSlug(slug);
        article.setSummary(file.text("summary") == null ? "" : file.text("summary"));
        article.setBody(file.body());
        article.setSection(sectionCode);
        List<String> tags = tags(file.meta().get("tags"));
        article.setTags(tags);
        article.setTagSlugs(tags.stream().map(Slugs::of).toList());
        article.setAuthor(file.text("author") == null ? "Ban biên tập" : file.text("author"));
        article.setFeatured(Boolean.parseBoolean(String.valueOf(file.meta().get("featured"))));
        article.setCoverAlt(file.text("coverAlt"));
        String draft = file.text("status");
        article.setStatus("draft".equalsIgnoreCase(draft) ? PublicationStatus.DRAFT : PublicationStatus.PUBLISHED);
        Instant published = file.publishedAt(now);
        article.setPublishedAt(article.isPublished() ? published : null);
        article.setCreatedAt(published.isBefore(now) ? published : now);
        article.setUpdatedAt(now);
        return article;
    }

    private static List<String> tags(Object value) throws FrontMatterFile.Malformed {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Collection<?> list)) {
            throw new FrontMatterFile.Malformed("thẻ (tags) phải là một danh sách");
        }
        List<String> tags = new ArrayList<>();
        for (Object tag : list) {
            String name = String.valueOf(tag).strip();
            if (!name.isEmpty() && !Slugs.of(name).isEmpty() && !tags.contains(name)) {
                tags.add(name);
            }
        }
        return tags;
    }
}
