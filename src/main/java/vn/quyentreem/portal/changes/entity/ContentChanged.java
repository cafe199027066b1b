package vn.quyentreem.portal.changes.entity;

/**
 * A domain event saying that some published, or derived-from, content changed in the store. Each feature's own
 * event implements it, so that one observer writes every such event to the change feed, whatever its feature.
 */
public interface ContentChanged {

    /** What kind of item changed, as the feed names it ("article", "contest", …). */
    String itemType();

    String itemId();

    /** The one part of the item that changed (a contest's entry), or null when it may be any. */
    default String part() {
        return null;
    }
}
