package vn.quyentreem.portal.contests.entity;

/**
 * A contest or one of its entries changed in a way readers can see: published, results out, an entry shown or
 * taken down (a guardian's withdrawal among them). Cached pages and the search index follow.
 */
public record ContestChanged(String contestId, String entryId) {
}
