package vn.quyentreem.portal.changes.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.quyentreem.portal.changes.entity.Change;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way derived data follows the store: every {@link ChangeFollower} is brought up to the feed's newest line
 * right after a change on this node (so a writer reads its own change), and every half second for changes made
 * elsewhere (another node, a job, a node that died before telling anyone).
 */
@ApplicationScoped
public class ChangeFollowing {

    private static final Logger LOG = Logger.getLogger(ChangeFollowing.class.getName());
    static final int BATCH = 200;
    static final long PERIOD_MILLIS = 500;
    private static final long TRIM_EVERY = 1_200; // rounds: about ten minutes

    @Inject
    ChangeFeed feed;

    @Inject
    Instance<ChangeFollower> followers;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> round;
    private long rounds;

    void onStart(@Observes @Priority(30) Startup startup) {
        round = scheduler.scheduleWithFixedDelay(this::roundQuietly, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Brings every follower up to the newest line. */
    public void catchUp() {
        for (ChangeFollower follower : followers) {
            catchUp(follower);
        }
    }

    /** One follower at a time applies its lines: the lock guards the follower's own state, not a rule of the store. */
    void catchUp(ChangeFollower follower) {
        synchronized (follower) {
            long position = follower.position();
            if (position < 0) {
                return;
            }
            long trimmed = feed.trimmedThrough();
            if (position < trimmed) {
                follower.apply(List.of(new Change(trimmed, Change.EVERYTHING, "trimmed", null, Instant.now())));
            }
            List<Change> lines;
            while (!(lines = feed.after(follower.position(), BATCH)).isEmpty()) {
                follower.apply(lines);
            }
        }
    }

    private void roundQuietly() {
        try {
            catchUp();
            if (++rounds % TRIM_EVERY == 0) {
                feed.trim();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Following the change feed failed; trying again in " + PERIOD_MILLIS + " ms", e);
        }
    }

    @PreDestroy
    void stop() {
        if (round != null) {
            round.cancel(false);
        }
    }
}
