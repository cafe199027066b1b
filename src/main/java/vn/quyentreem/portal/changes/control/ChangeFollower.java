package vn.quyentreem.portal.changes.control;

import vn.quyentreem.portal.changes.entity.Change;

import java.util.List;

/**
 * Something derived from the store that follows the change feed: the search index, the page cache. Each keeps its
 * own position, so a follower that is behind (just started, another node's) catches up by itself.
 */
public interface ChangeFollower {

    /** The number of the last line applied; negative while the follower is not ready to follow. */
    long position();

    /**
     * Applies these lines, oldest first and without a gap after {@link #position()}, and remembers the last one's
     * number. A line may come again after a crash; applying it reads the store as it is now, so that is harmless.
     * A line of {@link Change#EVERYTHING} asks the follower to compare all it holds with the store.
     */
    void apply(List<Change> lines);
}
