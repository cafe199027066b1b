package vn.quyentreem.portal.articles.boundary;

/** Body of POST /api/v1/articles/{id}/return: why the piece goes back to its author. */
public record ReturnRequest(String comment) {
}
