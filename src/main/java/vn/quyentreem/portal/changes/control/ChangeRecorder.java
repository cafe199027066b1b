package vn.quyentreem.portal.changes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.quyentreem.portal.changes.entity.ContentChanged;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every content change to the feed, right after the save that made it, then brings this node's followers
 * up to date before the writer's request goes on, so that whoever saved sees the change on the next page.
 */
@ApplicationScoped
public class ChangeRecorder {

    private static final Logger LOG = Logger.getLogger(ChangeRecorder.class.getName());

    @Inject
    ChangeFeed feed;

    @Inject
    ChangeFollowing following;

    @Inject
    NodeLeases leases;

    /** Changes saved while the store refused the line: written again by the next heartbeat. */
    private final Queue<ContentChanged> unrecorded = new ConcurrentLinkedQueue<>();

    void onChange(@Observes ContentChanged change) {
        leases.register();
        try {
            feed.append(change.itemType(), change.itemId(), change.part());
        } catch (RuntimeException e) {
            // the save stands; the line follows once the store answers again (or, if this node dies first, its
            // lease expires and another node writes a line for everything)
            unrecorded.add(change);
            LOG.log(Level.WARNING, "Could not write a change of " + change.itemType() + " " + change.itemId()
                    + " to the feed; trying again shortly", e);
            return;
        }
        try {
            following.catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Followers could not apply a change at once; the next round will", e);
        }
    }

    /** Writes the lines that could not be written when their change was saved. */
    void retry() {
        ContentChanged change;
        while ((change = unrecorded.peek()) != null) {
            feed.append(change.itemType(), change.itemId(), change.part());
            unrecorded.remove();
        }
    }
}
