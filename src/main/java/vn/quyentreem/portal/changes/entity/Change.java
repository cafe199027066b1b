package vn.quyentreem.portal.changes.entity;

import java.time.Instant;

/**
 * One line of the change feed: "this item changed, read it again from the store". A line carries no content, so
 * applying it twice, or late, does no harm: a follower always reads the item as it is now.
 */
public record Change(long sequence, String type, String id, String part, Instant at) {

    /** The type of a line that means "anything may have changed": a follower compares all it holds with the store. */
    public static final String EVERYTHING = "*";

    public boolean everything() {
        return EVERYTHING.equals(type);
    }

    public boolean is(String type) {
        return everything() || this.type.equals(type);
    }
}
