package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.JsonLd;
import vn.quyentreem.portal.site.SiteSettings;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** One published article with its rendered body and related reading. */
@Named("articleView")
@RequestScoped
public class ArticleView {

    static final int RELATED = 4;

    @Inject
    PublishedArticles published;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    SiteSettings site;

    private String slug;
    private Article article;
    private String html;
    private List<Article> related;

    public void load() {
        article = slug == null ? null : published.bySlug(slug).orElse(null);
        if (article == null) {
            ErrorPages.notFound();
            return;
        }
        html = markdown.toHtml(article.getBody());
        related = published.relatedTo(article, RELATED);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Article getArticle() { return article; }
    public String getHtml() { return html; }
    public List<Article> getRelated() { return related; }

    /** schema.org NewsArticle, so that search engines and news apps show the story as news, with its dates. */
    public String getJsonLd() {
        JsonObjectBuilder news = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.getTitle())
                .add("description", article.getSummary() == null ? "" : article.getSummary())
                .add("inLanguage", "vi")
                .add("articleSection", article.getSectionInfo().getTitle())
                .add("mainEntityOfPage", site.url(PublicPath.ARTICLE.of(article.getSlug())))
                .add("datePublished", article.getPublishedAt().toString())
                .add("dateModified", (article.getUpdatedAt() == null ? article.getPublishedAt() : article.getUpdatedAt()).toString())
                .add("author", Json.createObjectBuilder().add("@type", "Person")
                        .add("name", article.getAuthor() == null ? site.getName() : article.getAuthor()))
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", site.getName())
                        .add("url", site.url("/")));
        if (article.getCoverImage() != null) {
            news.add("image", site.url(article.getCoverImage()));
        }
        return JsonLd.script(news.build());
    }

    /** Tag names paired with their slugs, for links. */
    public List<String[]> getTagLinks() {
        List<String[]> links = new java.util.ArrayList<>();
        for (int i = 0; i < article.getTags().size() && i < article.getTagSlugs().size(); i++) {
            links.add(new String[] {article.getTags().get(i), article.getTagSlugs().get(i)});
        }
        return links;
    }
}
