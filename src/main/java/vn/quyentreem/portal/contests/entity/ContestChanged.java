package vn.quyentreem.portal.contests.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/**
 * A contest or one of its entries changed in a way readers can see: published, results out, an entry shown or
 * taken down (a guardian's withdrawal among them). Cached pages and the search index follow. {@code part} is the
 * one entry that changed, or null when any of the contest's entries may have (publishing, a shortlist).
 */
public record ContestChanged(String itemId, String part) implements ContentChanged {

    public static final String TYPE = "contest";

    @Override
    public String itemType() {
        return TYPE;
    }
}
