package vn.quyentreem.portal.search.control;

import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;

/** How a published article appears in the index. */
public final class ArticleSearchDocuments {

    public static final String TYPE = "article";

    private ArticleSearchDocuments() {
    }

    public static SearchDocument of(Article a) {
        return new SearchDocument(TYPE, a.getId(), a.getTitle(), a.getSummary(), a.getTags(),
                // a form feed would read as a PDF page break in snippets
                MarkdownRenderer.plainText(a.getBody()).replace(PagedPassageFormatter.PAGE_BREAK, ' '),
                a.getSection(), a.getPublishedAt(), PublicPath.ARTICLE.of(a.getSlug()));
    }
}
