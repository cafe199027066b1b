package vn.quyentreem.portal.contests.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.Contests;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Results published ahead of their announced time wait under embargo; every few seconds this looks for results
 * whose time has come and tells pages and search, which until then knew nothing of them.
 */
@ApplicationScoped
public class ContestAnnouncements {

    private static final Logger LOG = Logger.getLogger(ContestAnnouncements.class.getName());

    @Inject
    Contests contests;

    @Inject
    Event<ContestChanged> changes;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> tick;

    void onStart(@Observes Startup startup) {
        tick = scheduler.scheduleWithFixedDelay(this::announceQuietly, 0, 5, TimeUnit.SECONDS);
    }

    synchronized void announceDue() {
        Instant now = Instant.now();
        for (Contest contest : contests.findAll().toList()) {
            if (!contest.isResultsAnnounced() && contest.resultsPublic(now)) {
                contest.setResultsAnnounced(true);
                contests.save(contest);
                changes.fire(new ContestChanged(contest.getId(), null));
            }
        }
    }

    private void announceQuietly() {
        try {
            announceDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Announcing contest results failed; retrying", e);
        }
    }

    @PreDestroy
    void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
    }
}
