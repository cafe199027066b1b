package vn.quyentreem.portal.articles.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/**
 * Domain event: an article was created, edited, published, unpublished or removed. Derived views (the page cache,
 * the search index) follow it through the change feed instead of being called by editors.
 */
public record ArticleChanged(String itemId, String slug, Kind kind) implements ContentChanged {

    public static final String TYPE = "article";

    @Override
    public String itemType() {
        return TYPE;
    }

    public enum Kind { SAVED, PUBLISHED, UNPUBLISHED, DELETED }
}
