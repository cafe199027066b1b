package vn.quyentreem.portal.articles.entity;

/**
 * Domain event: an article was created, edited, published, unpublished or removed.
 * Derived views (the page cache, later the search index) listen to this instead of being called by editors.
 */
public record ArticleChanged(String articleId, String slug, Kind kind) {

    public enum Kind { SAVED, PUBLISHED, UNPUBLISHED, DELETED }
}
