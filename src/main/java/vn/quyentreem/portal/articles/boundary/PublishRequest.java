package vn.quyentreem.portal.articles.boundary;

/** Optional body of POST /api/v1/articles/{id}/publish: when to publish (ISO-8601 with offset), or now. */
public record PublishRequest(String publishAt) {
}
