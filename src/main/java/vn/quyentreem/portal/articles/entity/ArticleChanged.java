package vn.quyentreem.portal.articles.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/**
 * Domain event: an article was created, edited, published, unpublished or removed.
 * Derived views (the page cache, later the search index) listen to this instead of being called by editors.
 */
public record ArticleChanged(String articleId, String slug, Kind kind) implements ContentChanged {

    public static final String TYPE = "article";

    @Override
    public String itemType() {
        return TYPE;
    }

    @Override
    public String itemId() {
        return articleId;
    }


    public enum Kind { SAVED, PUBLISHED, UNPUBLISHED, DELETED }
}
